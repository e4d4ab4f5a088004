/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * EAL-internal state and functions shared by the files of lib/eal.
 * Nothing here is visible to applications or drivers.
 */
#ifndef _EAL_PRIVATE_H_
#define _EAL_PRIVATE_H_

#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_memory.h>
#include <rte_vect.h>

/* Log helper for EAL messages: EAL_LOG(ERR, "fmt", ...) */
#define EAL_LOG(level, ...) RTE_LOG(level, EAL, __VA_ARGS__)

#define EAL_DEFAULT_PREFIX "rte"
#define EAL_NOHUGE_DEFAULT_MB 64	/* --no-huge without -m (as DPDK) */
#define EAL_MAX_HUGEPAGE_SIZES 3

/* One hugetlbfs page size usable by this process. */
struct eal_hugepage_size {
	uint64_t page_sz;
	char mount[PATH_MAX];			/* hugetlbfs mount serving it */
	unsigned int free[RTE_MAX_NUMA_NODES];	/* free pages per node */
	unsigned int free_total;
};

/* What the command line asked for. */
struct eal_internal_config {
	uint64_t memory;			/* -m, bytes (0: not given) */
	uint64_t socket_mem[RTE_MAX_NUMA_NODES]; /* --socket-mem, bytes */
	bool force_sockets;			/* --socket-mem given */
	bool no_hugetlbfs;			/* --no-huge */
	bool no_pci;
	bool in_memory;
	bool syslog;
	bool create_uio_dev;
	bool main_lcore_set;
	bool simd_forced;
	bool no_telemetry;
	bool huge_unlink;
	unsigned int main_lcore;
	enum rte_iova_mode iova_mode_req;	/* --iova-mode (DC: not given) */
	enum rte_proc_type_t process_type;
	enum rte_intr_mode vfio_intr_mode;
	uint16_t max_simd_bitwidth;
	char hugepage_dir[PATH_MAX];		/* --huge-dir ("" any) */
	char file_prefix[64];
	char *mbuf_pool_ops_name;
	/* set at init */
	enum rte_iova_mode iova_mode;
	unsigned int num_hugepage_sizes;
	struct eal_hugepage_size hugepage_sizes[EAL_MAX_HUGEPAGE_SIZES];
};

extern struct eal_internal_config eal_cfg;

/* Launch handshake between the main lcore and a worker lcore thread. */
struct lcore_config {
	pthread_t thread_id;
	bool thread_started;
	pthread_mutex_t lock;		/* protects f, arg, launched, ret */
	pthread_cond_t cond;		/* signalled on launch and on finish */
	lcore_function_t *f;
	void *arg;
	int ret;
	bool launched;			/* launched, result not yet collected */
	bool quit;			/* rte_eal_cleanup: thread exits */
	enum rte_lcore_state_t state;	/* atomic: read without the lock */
	unsigned int socket_id;
	unsigned int core_index;	/* index among enabled lcores, -1 off */
	enum rte_lcore_role_t role;
	rte_cpuset_t cpuset;
};

extern struct lcore_config lcore_config[RTE_MAX_LCORE];

/* Global lcore configuration. */
struct eal_lcore_global {
	unsigned int main_lcore;
	unsigned int lcore_count;	/* ROLE_RTE lcores */
	unsigned int numa_node_count;
	unsigned int numa_nodes[RTE_MAX_NUMA_NODES]; /* sockets with CPUs */
};
extern struct eal_lcore_global eal_lcores;

/* eal_options.c */
int eal_parse_args(int argc, char **argv);
void eal_usage(const char *prgname);
void eal_reset_config(void);

int eal_devargs_apply(void);
void eal_devargs_cleanup(void);

/* eal_lcore.c */
int eal_cpu_detected(unsigned int cpu);
unsigned int eal_cpu_socket_id(unsigned int cpu);
int eal_lcores_default(void);
int eal_lcores_finalize(void);
void eal_lcores_reset(void);

/* eal_thread.c */
int eal_workers_start(void);
bool eal_workers_stop(void);
void eal_thread_init_main(void);
void eal_thread_set_lcore(unsigned int lcore_id);

/* eal_log.c */
int eal_log_level_parse(const char *arg);
void eal_log_set_syslog(bool on);

/* eal_timer.c */
int eal_timer_init(void);

/* eal_bus.c / eal_dev.c */
int eal_bus_cleanup(void);
int eal_probe_check_explicit(void);

/* eal_memory.c (common) and linux/eal_memalloc.c */
int eal_memory_init(void);
int eal_memory_prealloc(void);
void eal_memory_cleanup(bool keep_mappings);
int eal_hugepage_info_init(void);
int eal_memseg_lists_init(void);
int eal_memalloc_alloc(int socket, uint64_t page_sz, unsigned int n_pages,
	bool fixed, void **va, struct rte_memseg_list **out_msl);
int eal_memalloc_free(void *va, size_t len);
void eal_mem_event_notify(enum rte_mem_event ev, const void *addr, size_t len);
bool eal_iova_contig(const struct rte_memseg_list *msl, const void *va,
	size_t len);
int eal_mem_validate_growth(int socket, size_t cur, size_t add);
int eal_runtime_dir_create(void);
void eal_runtime_dir_remove(void);

/* malloc_heap.c */
int eal_malloc_heap_init(void);
void eal_malloc_heap_cleanup(void);
void *eal_malloc_contig(size_t size, unsigned int align, unsigned int bound,
	int socket, uint64_t page_sz_mask, bool contig, bool size_hint);
void eal_malloc_heap_add_fixed(int socket, void *va, size_t len,
	struct rte_memseg_list *msl);

/* eal_memzone.c */
int eal_memzone_init(void);
void eal_memzone_cleanup(void);

/* interrupts / alarms */
int eal_intr_init(void);
void eal_intr_cleanup(void);
void eal_alarm_cleanup(void);
int eal_alarm_init(void);

/* eal_dev.c */
void eal_dev_cleanup(void);

/* driver loading (-d) */
int eal_plugins_add(const char *path);
int eal_plugins_load(void);
void eal_plugins_free(void);

/* iova */
bool eal_phys_addrs_available(void);

#endif /* _EAL_PRIVATE_H_ */
