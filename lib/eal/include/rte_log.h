/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Logging (DPDK 22.11 rte_log.h). Every message has a level (EMERG..DEBUG)
 * and a type (a component: "lib.eal", "pmd.net.ring", ...). A message is
 * written when its level is <= both the global level and its type's level.
 */
#ifndef _RTE_LOG_H_
#define _RTE_LOG_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <stdio.h>
#include <stdarg.h>
#include <stdbool.h>

#include <rte_common.h>
#include <rte_config.h>

/* Static log types kept for applications that use RTE_LOG(.., EAL, ..). */
#define RTE_LOGTYPE_EAL 0 /**< log type of the EAL component */
#define RTE_LOGTYPE_MALLOC 1 /**< log type of the malloc component */
#define RTE_LOGTYPE_RING 2 /**< log type of the ring component */
#define RTE_LOGTYPE_MEMPOOL 3 /**< log type of the mempool component */
#define RTE_LOGTYPE_TIMER 4 /**< log type of the timer component */
#define RTE_LOGTYPE_PMD 5 /**< log type of the poll mode drivers component */
#define RTE_LOGTYPE_HASH 6 /**< log type of the hash component */
#define RTE_LOGTYPE_LPM 7 /**< log type of the LPM component */
#define RTE_LOGTYPE_KNI 8 /**< log type of the KNI component */
#define RTE_LOGTYPE_ACL 9 /**< log type of the ACL component */
#define RTE_LOGTYPE_POWER 10 /**< log type of the power component */
#define RTE_LOGTYPE_METER 11 /**< log type of the QoS meter component */
#define RTE_LOGTYPE_SCHED 12 /**< log type of the QoS scheduler component */
#define RTE_LOGTYPE_PORT 13 /**< log type of the port component */
#define RTE_LOGTYPE_TABLE 14 /**< log type of the table component */
#define RTE_LOGTYPE_PIPELINE 15 /**< log type of the pipeline component */
#define RTE_LOGTYPE_MBUF 16 /**< log type of the mbuf component */
#define RTE_LOGTYPE_CRYPTODEV 17 /**< log type of the cryptodev component */
#define RTE_LOGTYPE_EFD 18 /**< log type of the EFD component */
#define RTE_LOGTYPE_EVENTDEV 19 /**< log type of the eventdev component */
#define RTE_LOGTYPE_GSO 20 /**< log type of the GSO component */
/* Free for applications. */
#define RTE_LOGTYPE_USER1 24 /**< application-defined type 1 */
#define RTE_LOGTYPE_USER2 25 /**< application-defined type 2 */
#define RTE_LOGTYPE_USER3 26 /**< application-defined type 3 */
#define RTE_LOGTYPE_USER4 27 /**< application-defined type 4 */
#define RTE_LOGTYPE_USER5 28 /**< application-defined type 5 */
#define RTE_LOGTYPE_USER6 29 /**< application-defined type 6 */
#define RTE_LOGTYPE_USER7 30 /**< application-defined type 7 */
#define RTE_LOGTYPE_USER8 31 /**< application-defined type 8 */
/** Types returned by rte_log_register() start here. */
#define RTE_LOGTYPE_FIRST_EXT_ID 32

/* Levels, most severe first (0 is not used). */
#define RTE_LOG_EMERG 1U /**< system is unusable */
#define RTE_LOG_ALERT 2U /**< action must be taken immediately */
#define RTE_LOG_CRIT 3U /**< critical conditions */
#define RTE_LOG_ERR 4U /**< error conditions */
#define RTE_LOG_WARNING 5U /**< warning conditions */
#define RTE_LOG_NOTICE 6U /**< normal but significant condition */
#define RTE_LOG_INFO 7U /**< informational */
#define RTE_LOG_DEBUG 8U /**< debug-level messages */
#define RTE_LOG_MAX RTE_LOG_DEBUG /**< most detailed level */

/** Send log output to f (NULL: back to the default, stderr). */
int rte_openlog_stream(FILE *f);
/** The stream log output goes to. */
FILE *rte_log_get_stream(void);
/** Set the global level (messages above it are dropped). */
void rte_log_set_global_level(uint32_t level);
/** The global level. */
uint32_t rte_log_get_global_level(void);
/** Level of a log type, -1 if the type does not exist. */
int rte_log_get_level(uint32_t logtype);
/** Would a message of that type and level be written? */
bool rte_log_can_log(uint32_t logtype, uint32_t loglevel);
/**
 * Set the level of every type whose name matches the glob pattern
 * (fnmatch), now and for types registered later. 0 or -1 on error.
 */
int rte_log_set_level_pattern(const char *pattern, uint32_t level);
/** Same with a POSIX extended regular expression. */
int rte_log_set_level_regexp(const char *regex, uint32_t level);
/** Set the level of one type. 0 or -1 (bad type or level). */
int rte_log_set_level(uint32_t logtype, uint32_t level);
/** Level of the message being written (in a log stream callback). */
int rte_log_cur_msg_loglevel(void);
/** Type of the message being written. */
int rte_log_cur_msg_logtype(void);
/**
 * Register a log type by name (returns the existing id if already
 * registered). Level defaults to INFO. Returns the id or -1.
 */
int rte_log_register(const char *name);
/** Register a type with a default level, unless a pattern given earlier
 * (e.g. --log-level) applies to it. Returns the id or -1. */
int rte_log_register_type_and_pick_level(const char *name, uint32_t level_def);
/** Print the registered types whose name starts with prefix (NULL: all). */
void rte_log_list_types(FILE *out, const char *prefix);
/** Print the global level and every type with its level. */
void rte_log_dump(FILE *f);

/** Write a log message. Returns 0 (also when filtered out) or -1. */
int rte_log(uint32_t level, uint32_t logtype, const char *format, ...)
	__rte_cold __rte_format_printf(3, 4);
/** va_list form of rte_log(). */
int rte_vlog(uint32_t level, uint32_t logtype, const char *format, va_list ap)
	__rte_format_printf(3, 0);

/** RTE_LOG(ERR, EAL, "...") writes "EAL: ..." at level ERR, type EAL. */
#define RTE_LOG(l, t, ...) \
	rte_log(RTE_LOG_ ## l, RTE_LOGTYPE_ ## t, # t ": " __VA_ARGS__)

/** Data-path variant: compiled out when the level is above RTE_LOG_DP_LEVEL. */
#define RTE_LOG_DP(l, t, ...) \
	(void)((RTE_LOG_ ## l <= RTE_LOG_DP_LEVEL) ? \
	rte_log(RTE_LOG_ ## l, RTE_LOGTYPE_ ## t, # t ": " __VA_ARGS__) : 0)

/** Define int `type` and register it as `name` with a default level. */
#define RTE_LOG_REGISTER_IMPL(type, name, level) \
int type; \
RTE_INIT(__##type) \
{ \
	type = rte_log_register_type_and_pick_level(name, RTE_LOG_##level); \
	if (type < 0) \
		type = RTE_LOGTYPE_EAL; \
}

/** Define and register log type variable `type` named `name` (unquoted). */
#define RTE_LOG_REGISTER(type, name, level) \
	RTE_LOG_REGISTER_IMPL(type, RTE_STR(name), level)
/** Same, named RTE_LOG_DEFAULT_LOGTYPE (set by the component's build). */
#define RTE_LOG_REGISTER_DEFAULT(type, level) \
	RTE_LOG_REGISTER_IMPL(type, RTE_STR(RTE_LOG_DEFAULT_LOGTYPE), level)
/** Same, named RTE_LOG_DEFAULT_LOGTYPE "." suffix. */
#define RTE_LOG_REGISTER_SUFFIX(type, suffix, level) \
	RTE_LOG_REGISTER_IMPL(type, \
		RTE_STR(RTE_LOG_DEFAULT_LOGTYPE) "." RTE_STR(suffix), level)

#ifdef __cplusplus
}
#endif

#endif /* _RTE_LOG_H_ */
