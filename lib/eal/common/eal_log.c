/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Logging: registered types with levels, level patterns (glob or regex)
 * that also apply to types registered later, output stream and syslog.
 */
#include <errno.h>
#include <fnmatch.h>
#include <pthread.h>
#include <regex.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <syslog.h>

#include <rte_common.h>
#include <rte_log.h>
#include <rte_per_lcore.h>

#include "eal_private.h"

#define LOG_MAX_TYPES 1024

struct log_type {
	char *name;
	uint32_t level;		/* accessed atomically */
};

struct log_pattern {
	struct log_pattern *next;
	bool is_regex;
	char *pattern;
	regex_t re;
	uint32_t level;
};

/*
 * Levels are single words read on every rte_log() and changed rarely:
 * relaxed atomics suffice (no other data is published with them). A new
 * type's name and level are published by the release store of the count.
 */
static struct log_type log_types[LOG_MAX_TYPES];
static uint32_t log_types_count;	/* atomically published */
static uint32_t log_global_level = RTE_LOG_DEBUG;
static struct log_pattern *log_patterns;	/* in the order given */
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static FILE *log_stream;		/* NULL: stderr */
static bool log_to_syslog;

static RTE_DEFINE_PER_LCORE(int, log_cur_level) = -1;
static RTE_DEFINE_PER_LCORE(int, log_cur_type) = -1;

/* Names of the static types, as DPDK registers them. */
static const char *const static_type_names[RTE_LOGTYPE_FIRST_EXT_ID] = {
	[RTE_LOGTYPE_EAL] = "lib.eal",
	[RTE_LOGTYPE_MALLOC] = "lib.malloc",
	[RTE_LOGTYPE_RING] = "lib.ring",
	[RTE_LOGTYPE_MEMPOOL] = "lib.mempool",
	[RTE_LOGTYPE_TIMER] = "lib.timer",
	[RTE_LOGTYPE_PMD] = "pmd",
	[RTE_LOGTYPE_HASH] = "lib.hash",
	[RTE_LOGTYPE_LPM] = "lib.lpm",
	[RTE_LOGTYPE_KNI] = "lib.kni",
	[RTE_LOGTYPE_ACL] = "lib.acl",
	[RTE_LOGTYPE_POWER] = "lib.power",
	[RTE_LOGTYPE_METER] = "lib.meter",
	[RTE_LOGTYPE_SCHED] = "lib.sched",
	[RTE_LOGTYPE_PORT] = "lib.port",
	[RTE_LOGTYPE_TABLE] = "lib.table",
	[RTE_LOGTYPE_PIPELINE] = "lib.pipeline",
	[RTE_LOGTYPE_MBUF] = "lib.mbuf",
	[RTE_LOGTYPE_CRYPTODEV] = "lib.cryptodev",
	[RTE_LOGTYPE_EFD] = "lib.efd",
	[RTE_LOGTYPE_EVENTDEV] = "lib.eventdev",
	[RTE_LOGTYPE_GSO] = "lib.gso",
	[RTE_LOGTYPE_USER1] = "user1",
	[RTE_LOGTYPE_USER2] = "user2",
	[RTE_LOGTYPE_USER3] = "user3",
	[RTE_LOGTYPE_USER4] = "user4",
	[RTE_LOGTYPE_USER5] = "user5",
	[RTE_LOGTYPE_USER6] = "user6",
	[RTE_LOGTYPE_USER7] = "user7",
	[RTE_LOGTYPE_USER8] = "user8",
};

static const char *const level_names[] = {
	[RTE_LOG_EMERG] = "emergency", [RTE_LOG_ALERT] = "alert",
	[RTE_LOG_CRIT] = "critical", [RTE_LOG_ERR] = "error",
	[RTE_LOG_WARNING] = "warning", [RTE_LOG_NOTICE] = "notice",
	[RTE_LOG_INFO] = "info", [RTE_LOG_DEBUG] = "debug",
};

RTE_INIT_PRIO(log_init_static_types, LOG)
{
	uint32_t i;

	for (i = 0; i < RTE_LOGTYPE_FIRST_EXT_ID; i++) {
		if (static_type_names[i] != NULL)
			log_types[i].name = strdup(static_type_names[i]);
		log_types[i].level = RTE_LOG_INFO;
	}
	__atomic_store_n(&log_types_count, RTE_LOGTYPE_FIRST_EXT_ID,
		__ATOMIC_RELEASE);
}

int
rte_openlog_stream(FILE *f)
{
	log_stream = f;
	return 0;
}

FILE *
rte_log_get_stream(void)
{
	return log_stream != NULL ? log_stream : stderr;
}

void
eal_log_set_syslog(bool on)
{
	if (on && !log_to_syslog)
		openlog("pmdkit", LOG_PID | LOG_NDELAY, LOG_DAEMON);
	log_to_syslog = on;
}

void
rte_log_set_global_level(uint32_t level)
{
	__atomic_store_n(&log_global_level, level, __ATOMIC_RELAXED);
}

uint32_t
rte_log_get_global_level(void)
{
	return __atomic_load_n(&log_global_level, __ATOMIC_RELAXED);
}

static bool
type_valid(uint32_t type)
{
	return type < __atomic_load_n(&log_types_count, __ATOMIC_ACQUIRE) &&
		log_types[type].name != NULL;
}

int
rte_log_get_level(uint32_t type)
{
	if (!type_valid(type))
		return -1;
	return (int)__atomic_load_n(&log_types[type].level, __ATOMIC_RELAXED);
}

bool
rte_log_can_log(uint32_t logtype, uint32_t level)
{
	int type_level;

	if (level > rte_log_get_global_level())
		return false;
	type_level = rte_log_get_level(logtype);
	if (type_level < 0)
		return false;
	return level <= (uint32_t)type_level;
}

int
rte_log_set_level(uint32_t type, uint32_t level)
{
	if (!type_valid(type) || level > RTE_LOG_MAX)
		return -1;
	__atomic_store_n(&log_types[type].level, level, __ATOMIC_RELAXED);
	return 0;
}

static bool
pattern_matches(const struct log_pattern *p, const char *name)
{
	if (p->is_regex)
		return regexec(&p->re, name, 0, NULL, 0) == 0;
	return fnmatch(p->pattern, name, 0) == 0;
}

/* Apply a pattern to the existing types and remember it for later ones. */
static int
log_pattern_add(const char *pattern, uint32_t level, bool is_regex)
{
	struct log_pattern *p, **tail;
	uint32_t i, n;

	if (pattern == NULL || level > RTE_LOG_MAX)
		return -1;
	p = calloc(1, sizeof(*p));
	if (p == NULL)
		return -1;
	p->pattern = strdup(pattern);
	p->is_regex = is_regex;
	p->level = level;
	if (p->pattern == NULL ||
	    (is_regex && regcomp(&p->re, pattern, REG_EXTENDED | REG_NOSUB))) {
		free(p->pattern);
		free(p);
		return -1;
	}
	pthread_mutex_lock(&log_lock);
	n = log_types_count;
	for (i = 0; i < n; i++)
		if (log_types[i].name != NULL && pattern_matches(p, log_types[i].name))
			__atomic_store_n(&log_types[i].level, level, __ATOMIC_RELAXED);
	for (tail = &log_patterns; *tail != NULL; tail = &(*tail)->next)
		;
	*tail = p;
	pthread_mutex_unlock(&log_lock);
	return 0;
}

int
rte_log_set_level_pattern(const char *pattern, uint32_t level)
{
	return log_pattern_add(pattern, level, false);
}

int
rte_log_set_level_regexp(const char *regex, uint32_t level)
{
	return log_pattern_add(regex, level, true);
}

static int
log_lookup(const char *name)
{
	uint32_t i;

	for (i = 0; i < log_types_count; i++)
		if (log_types[i].name != NULL && strcmp(name, log_types[i].name) == 0)
			return (int)i;
	return -1;
}

int
rte_log_register_type_and_pick_level(const char *name, uint32_t level_def)
{
	struct log_pattern *p;
	uint32_t level = level_def;
	int id;

	if (name == NULL || level_def > RTE_LOG_MAX)
		return -1;
	pthread_mutex_lock(&log_lock);
	id = log_lookup(name);
	if (id >= 0)
		goto out;
	if (log_types_count >= LOG_MAX_TYPES) {
		pthread_mutex_unlock(&log_lock);
		return -1;
	}
	id = (int)log_types_count;
	log_types[id].name = strdup(name);
	if (log_types[id].name == NULL) {
		pthread_mutex_unlock(&log_lock);
		return -1;
	}
	/* patterns given earlier (e.g. --log-level) override the default;
	 * the last matching one wins */
	for (p = log_patterns; p != NULL; p = p->next)
		if (pattern_matches(p, name))
			level = p->level;
	log_types[id].level = level;
	/* release: the name and level are visible before the count */
	__atomic_store_n(&log_types_count, (uint32_t)id + 1, __ATOMIC_RELEASE);
out:
	pthread_mutex_unlock(&log_lock);
	return id;
}

int
rte_log_register(const char *name)
{
	return rte_log_register_type_and_pick_level(name, RTE_LOG_INFO);
}

int
rte_log_cur_msg_loglevel(void)
{
	return RTE_PER_LCORE(log_cur_level);
}

int
rte_log_cur_msg_logtype(void)
{
	return RTE_PER_LCORE(log_cur_type);
}

static const char *
level_name(uint32_t level)
{
	if (level >= 1 && level <= RTE_LOG_MAX)
		return level_names[level];
	return "unknown";
}

void
rte_log_list_types(FILE *out, const char *prefix)
{
	uint32_t i, n = __atomic_load_n(&log_types_count, __ATOMIC_ACQUIRE);

	for (i = 0; i < n; i++) {
		if (log_types[i].name == NULL)
			continue;
		if (prefix != NULL &&
		    strncmp(prefix, log_types[i].name, strlen(prefix)) != 0)
			continue;
		fprintf(out, "\t%s\n", log_types[i].name);
	}
}

void
rte_log_dump(FILE *f)
{
	uint32_t i, n = __atomic_load_n(&log_types_count, __ATOMIC_ACQUIRE);

	fprintf(f, "global log level is %s\n",
		level_name(rte_log_get_global_level()));
	for (i = 0; i < n; i++) {
		if (log_types[i].name == NULL)
			continue;
		fprintf(f, "id %u: %s, level is %s\n", i, log_types[i].name,
			level_name(log_types[i].level));
	}
}

int
rte_vlog(uint32_t level, uint32_t logtype, const char *format, va_list ap)
{
	FILE *f = rte_log_get_stream();

	if (logtype >= log_types_count || !rte_log_can_log(logtype, level))
		return 0;
	RTE_PER_LCORE(log_cur_level) = (int)level;
	RTE_PER_LCORE(log_cur_type) = (int)logtype;
	if (log_to_syslog) {
		va_list ap2;

		va_copy(ap2, ap);
		vsyslog((int)level - 1, format, ap2);
		va_end(ap2);
	}
	vfprintf(f, format, ap);
	fflush(f);
	return 0;
}

int
rte_log(uint32_t level, uint32_t logtype, const char *format, ...)
{
	va_list ap;
	int ret;

	va_start(ap, format);
	ret = rte_vlog(level, logtype, format, ap);
	va_end(ap);
	return ret;
}

/* "debug", "DEBUG", "8" -> 8; "0" -> 0 (log nothing, as DPDK accepts it);
 * -1 if not a level. */
static int
parse_level(const char *s)
{
	static const struct { const char *name; uint32_t level; } aliases[] = {
		{ "emerg", RTE_LOG_EMERG }, { "crit", RTE_LOG_CRIT },
		{ "err", RTE_LOG_ERR }, { "warn", RTE_LOG_WARNING },
	};
	char *end;
	unsigned long v;
	uint32_t i;

	if (*s == '\0')
		return -1;
	v = strtoul(s, &end, 10);
	if (*end == '\0')
		return v <= RTE_LOG_MAX ? (int)v : -1;
	for (i = 1; i <= RTE_LOG_MAX; i++)
		if (strcasecmp(s, level_names[i]) == 0)
			return (int)i;
	for (i = 0; i < RTE_DIM(aliases); i++)
		if (strcasecmp(s, aliases[i].name) == 0)
			return (int)aliases[i].level;
	return -1;
}

/*
 * --log-level argument: "LEVEL" (global), "GLOB:LEVEL" or "REGEX,LEVEL".
 * 0 or -1 after printing what is wrong.
 */
int
eal_log_level_parse(const char *arg)
{
	char buf[256];
	char *sep, *lvl_str;
	int level;
	bool regex = false;

	if (strlen(arg) >= sizeof(buf)) {
		EAL_LOG(ERR, "--log-level '%.32s...': argument too long\n", arg);
		return -1;
	}
	strcpy(buf, arg);
	sep = strrchr(buf, ':');
	if (sep == NULL) {
		sep = strrchr(buf, ',');
		regex = sep != NULL;
	}
	lvl_str = sep != NULL ? sep + 1 : buf;
	level = parse_level(lvl_str);
	if (level < 0) {
		EAL_LOG(ERR, "--log-level '%s': bad level '%s' (use 0-8 or "
			"emergency, alert, critical, error, warning, notice, "
			"info, debug)\n", arg, lvl_str);
		return -1;
	}
	if (sep == NULL) {
		rte_log_set_global_level((uint32_t)level);
		return 0;
	}
	*sep = '\0';
	if (buf[0] == '\0') {
		EAL_LOG(ERR, "--log-level '%s': empty log type pattern\n", arg);
		return -1;
	}
	if ((regex ? rte_log_set_level_regexp(buf, (uint32_t)level) :
		     rte_log_set_level_pattern(buf, (uint32_t)level)) != 0) {
		EAL_LOG(ERR, "--log-level '%s': invalid pattern '%s'\n", arg, buf);
		return -1;
	}
	return 0;
}
