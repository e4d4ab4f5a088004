/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Environment abstraction layer: initialisation and process-wide settings
 * (DPDK 22.11 rte_eal.h).
 */
#ifndef _RTE_EAL_H_
#define _RTE_EAL_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <stdbool.h>
#include <time.h>

#include <rte_config.h>
#include <rte_compat.h>
#include <rte_common.h>
#include <rte_per_lcore.h>
#include <rte_pci_dev_feature_defs.h>

/** Magic number of DPDK's shared configuration (kept for sources). */
#define RTE_MAGIC 19820526
/** Longest thread name Linux accepts, with the terminating NUL. */
#define RTE_MAX_THREAD_NAME_LEN 16

/** Process type (pmdkit runs primary processes only). */
enum rte_proc_type_t {
	RTE_PROC_AUTO = -1,
	RTE_PROC_PRIMARY = 0,
	RTE_PROC_SECONDARY,
	RTE_PROC_INVALID
};

/** The process type (always RTE_PROC_PRIMARY once initialised). */
enum rte_proc_type_t rte_eal_process_type(void);

/** Ask for I/O port access (iopl(3)). 0 or -1. */
int rte_eal_iopl_init(void);

/**
 * Initialise the EAL from the command line: options, logging, lcores,
 * memory, buses. Returns the number of arguments consumed (argv[0] and
 * the options up to and including "--"), or -1 with rte_errno set.
 */
int rte_eal_init(int argc, char **argv);

/** Release everything rte_eal_init() set up (devices, memory, threads). */
int rte_eal_cleanup(void);

/** Is a primary process using config_file_path alive? (always 0: no
 * multi-process support) */
int rte_eal_primary_proc_alive(const char *config_file_path);

/** Multi-process channel (not supported: pmdkit is single-process). */
bool rte_mp_disable(void);

#define RTE_MP_MAX_FD_NUM	8	/**< fds in one message */
#define RTE_MP_MAX_NAME_LEN	64	/**< action name length */
#define RTE_MP_MAX_PARAM_LEN	256	/**< parameter bytes in one message */

/** Multi-process message. */
struct rte_mp_msg {
	char name[RTE_MP_MAX_NAME_LEN];		/**< action name */
	int len_param;				/**< bytes used in param */
	int num_fds;				/**< fds used in fds */
	uint8_t param[RTE_MP_MAX_PARAM_LEN];	/**< payload */
	int fds[RTE_MP_MAX_FD_NUM];		/**< file descriptors */
};

/** Replies to a request. */
struct rte_mp_reply {
	int nb_sent;			/**< requests sent */
	int nb_received;		/**< replies received */
	struct rte_mp_msg *msgs;	/**< replies (caller frees) */
};

/** Handler of a multi-process action. */
typedef int (*rte_mp_t)(const struct rte_mp_msg *msg, const void *peer);
/** Handler of the replies to an asynchronous request. */
typedef int (*rte_mp_async_reply_t)(const struct rte_mp_msg *request,
	const struct rte_mp_reply *reply);

/*
 * The multi-process functions exist so DPDK code builds; as in DPDK with
 * multi-process disabled (--in-memory) they fail with rte_errno ENOTSUP.
 */
/** Register an action: -1, rte_errno ENOTSUP (single process). */
int rte_mp_action_register(const char *name, rte_mp_t action);
/** Unregister an action (nothing to do). */
void rte_mp_action_unregister(const char *name);
/** Send a message: -1, rte_errno ENOTSUP. */
int rte_mp_sendmsg(struct rte_mp_msg *msg);
/** Synchronous request: -1, rte_errno ENOTSUP, reply emptied. */
int rte_mp_request_sync(struct rte_mp_msg *req, struct rte_mp_reply *reply,
	const struct timespec *ts);
/** Asynchronous request: -1, rte_errno ENOTSUP. */
int rte_mp_request_async(struct rte_mp_msg *req, const struct timespec *ts,
	rte_mp_async_reply_t clb);
/** Reply to a peer: -1, rte_errno ENOTSUP. */
int rte_mp_reply(struct rte_mp_msg *msg, const char *peer);

/** Function printing the application's own usage after the EAL's (-h). */
typedef void (*rte_usage_hook_t)(const char *prgname);
/** Install a usage hook; returns the previous one. */
rte_usage_hook_t rte_set_application_usage_hook(rte_usage_hook_t usage_func);

/** 1 if memory comes from hugepages (not --no-huge). */
int rte_eal_has_hugepages(void);
/** 1 unless --no-pci was given. */
int rte_eal_has_pci(void);
/** 1 if --create-uio-dev was given. */
int rte_eal_create_uio_dev(void);
/** Interrupt mode asked with --vfio-intr (RTE_INTR_MODE_NONE if not). */
enum rte_intr_mode rte_eal_vfio_intr_mode(void);

/** Kernel thread id of the caller (gettid). */
int rte_sys_gettid(void);

RTE_DECLARE_PER_LCORE(int, _thread_id) RTE_PER_LCORE_TLS_IE;

/** Cached kernel thread id of the caller. */
static inline int rte_gettid(void)
{
	if (RTE_PER_LCORE(_thread_id) == -1)
		RTE_PER_LCORE(_thread_id) = rte_sys_gettid();
	return RTE_PER_LCORE(_thread_id);
}

/** How devices address memory. */
enum rte_iova_mode {
	RTE_IOVA_DC = 0,	/**< don't care (bus has no preference) */
	RTE_IOVA_PA = 1,	/**< physical addresses */
	RTE_IOVA_VA = 2		/**< virtual addresses (IOMMU maps them) */
};

/** IOVA mode chosen at init. */
enum rte_iova_mode rte_eal_iova_mode(void);

/** Mempool ops name given with --mbuf-pool-ops-name, NULL if none. */
const char *rte_eal_mbuf_user_pool_ops(void);

/** Runtime directory of this process: /var/run/dpdk/PREFIX for root,
 * else $XDG_RUNTIME_DIR/dpdk/PREFIX or /tmp/dpdk/PREFIX. */
const char *rte_eal_get_runtime_dir(void);

/**
 * Parse a hexadecimal core mask into cores[] (cores[i] = lcore index of
 * CPU i, or -1). 0 or -1 on a malformed mask.
 */
int rte_eal_parse_coremask(const char *coremask, int *cores);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_EAL_H_ */
