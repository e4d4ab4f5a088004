/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * rte_eal_init / rte_eal_cleanup and the process-wide queries.
 *
 * Init order: options -> logging -> lcores -> TSC -> runtime dir ->
 * hugepage discovery -> bus scan (buses apply -a/-b) -> IOVA mode ->
 * memory and heaps -> interrupt thread -> worker lcores -> bus probe.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/io.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <bus_driver.h>
#include <rte_bus.h>
#include <rte_common.h>
#include <rte_cpuflags.h>
#include <rte_devargs.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_string_fns.h>
#include <rte_vect.h>

#include "eal_private.h"

static uint32_t init_state;	/* 0: not done, 1: running, 2: done */
static char runtime_dir[PATH_MAX];
static int config_fd = -1;

/* --- runtime directory and the per-prefix lock ---------------------------- */

const char *
rte_eal_get_runtime_dir(void)
{
	return runtime_dir;
}

static int
mkdir_p(const char *path)
{
	char tmp[PATH_MAX];
	char *p;

	rte_strlcpy(tmp, path, sizeof(tmp));
	for (p = tmp + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(tmp, 0700) != 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	return (mkdir(tmp, 0700) != 0 && errno != EEXIST) ? -1 : 0;
}

/*
 * /var/run/dpdk/<prefix> for root, $XDG_RUNTIME_DIR/dpdk/<prefix> or
 * /tmp/dpdk/<prefix> otherwise. A write lock on its "config" file stops a
 * second process from using the same --file-prefix (and its hugepage
 * file names).
 */
int
eal_runtime_dir_create(void)
{
	const char *base = "/var/run";
	char path[PATH_MAX + 16];
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET };

	if (getuid() != 0) {
		base = getenv("XDG_RUNTIME_DIR");
		if (base == NULL)
			base = "/tmp";
	}
	snprintf(runtime_dir, sizeof(runtime_dir), "%s/dpdk/%s", base,
		eal_cfg.file_prefix);
	/* without hugepage files there is nothing to protect: --no-huge
	 * and --in-memory processes may share a prefix */
	if (eal_cfg.in_memory || eal_cfg.no_hugetlbfs)
		return 0;
	if (mkdir_p(runtime_dir) != 0) {
		EAL_LOG(ERR, "cannot create runtime directory %s: %s\n",
			runtime_dir, strerror(errno));
		return -1;
	}
	snprintf(path, sizeof(path), "%s/config", runtime_dir);
	config_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (config_fd < 0) {
		EAL_LOG(ERR, "cannot open %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (fcntl(config_fd, F_SETLK, &fl) != 0) {
		EAL_LOG(ERR, "another process is running with --file-prefix "
			"%s (it holds %s): give this one another "
			"--file-prefix\n", eal_cfg.file_prefix, path);
		close(config_fd);
		config_fd = -1;
		return -1;
	}
	return 0;
}

void
eal_runtime_dir_remove(void)
{
	char path[PATH_MAX + 16];

	if (config_fd < 0)
		return;
	snprintf(path, sizeof(path), "%s/config", runtime_dir);
	unlink(path);
	close(config_fd);
	config_fd = -1;
	rmdir(runtime_dir);
}

/* --- IOVA mode --------------------------------------------------------------- */

static int
iova_mode_select(void)
{
	enum rte_iova_mode bus_mode = rte_bus_get_iommu_class();
	bool phys = !eal_cfg.no_hugetlbfs && eal_phys_addrs_available();
	enum rte_iova_mode mode;

	if (eal_cfg.iova_mode_req != RTE_IOVA_DC)
		mode = eal_cfg.iova_mode_req;
	else if (eal_cfg.no_hugetlbfs)
		mode = RTE_IOVA_VA;
	else if (bus_mode != RTE_IOVA_DC)
		mode = bus_mode;
	else
		mode = phys ? RTE_IOVA_PA : RTE_IOVA_VA;
	if (mode == RTE_IOVA_PA && !phys) {
		EAL_LOG(ERR, "IOVA as PA needs physical addresses, which "
			"/proc/self/pagemap only gives to root: run as root or "
			"with --iova-mode va\n");
		return -1;
	}
	if (bus_mode != RTE_IOVA_DC && mode != bus_mode)
		EAL_LOG(WARNING, "IOVA mode %s differs from what the buses "
			"want (%s): devices may not work\n",
			mode == RTE_IOVA_PA ? "PA" : "VA",
			bus_mode == RTE_IOVA_PA ? "PA" : "VA");
	eal_cfg.iova_mode = mode;
	EAL_LOG(DEBUG, "Selected IOVA mode '%s'\n", mode == RTE_IOVA_PA ?
		"PA" : "VA");
	return 0;
}

enum rte_iova_mode
rte_eal_iova_mode(void)
{
	return eal_cfg.iova_mode;
}

/* --- init / cleanup ------------------------------------------------------------ */

static int
init_fail(int err)
{
	/* undo what was set up so that a corrected call can succeed */
	eal_workers_stop();
	eal_intr_cleanup();
	eal_alarm_cleanup();
	eal_memzone_cleanup();
	eal_malloc_heap_cleanup();
	eal_memory_cleanup(false);
	eal_runtime_dir_remove();
	eal_devargs_cleanup();
	eal_plugins_free();
	__atomic_store_n(&init_state, 0, __ATOMIC_RELEASE);
	rte_errno = err;	/* last: the cleanups above may set it */
	return -1;
}

int
rte_eal_init(int argc, char **argv)
{
	uint32_t expected = 0;
	int consumed;

	if (!__atomic_compare_exchange_n(&init_state, &expected, 1, 0,
			__ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
		EAL_LOG(ERR, "rte_eal_init called twice (call rte_eal_cleanup "
			"first)\n");
		rte_errno = EALREADY;
		return -1;
	}
	if (!rte_cpu_is_supported()) {
		EAL_LOG(ERR, "this CPU lacks instructions the build needs "
			"(rebuild with -Dcpu_instruction_set=...)\n");
		__atomic_store_n(&init_state, 0, __ATOMIC_RELEASE);
		rte_errno = ENOTSUP;
		return -1;
	}
	eal_reset_config();
	if (argc < 1 || argv == NULL) {
		__atomic_store_n(&init_state, 0, __ATOMIC_RELEASE);
		rte_errno = EINVAL;
		return -1;
	}
	consumed = eal_parse_args(argc, argv);
	if (consumed < 0)
		return init_fail(EINVAL);
	if (eal_lcores_finalize() != 0)
		return init_fail(EINVAL);
	eal_cfg.main_lcore = rte_get_main_lcore();
	if (eal_timer_init() != 0)
		return init_fail(ENOTSUP);
	if (eal_plugins_load() != 0 || eal_devargs_apply() != 0)
		return init_fail(EINVAL);
	if (eal_runtime_dir_create() != 0)
		return init_fail(EACCES);
	if (!eal_cfg.no_hugetlbfs && eal_hugepage_info_init() != 0)
		return init_fail(EACCES);
	rte_vect_set_max_simd_bitwidth(eal_cfg.max_simd_bitwidth);
	if (rte_bus_scan() != 0)
		return init_fail(ENODEV);
	if (iova_mode_select() != 0)
		return init_fail(EINVAL);
	if (eal_malloc_heap_init() != 0 || eal_memory_init() != 0 ||
	    eal_memzone_init() != 0 || eal_memory_prealloc() != 0)
		return init_fail(ENOMEM);
	if (eal_intr_init() != 0 || eal_alarm_init() != 0)
		return init_fail(ENOTSUP);
	eal_thread_init_main();
	if (eal_workers_start() != 0)
		return init_fail(EINVAL);
	rte_bus_probe();
	if (eal_probe_check_explicit() != 0)
		return init_fail(ENODEV);
	__atomic_store_n(&init_state, 2, __ATOMIC_RELEASE);
	return consumed;
}

int
rte_eal_cleanup(void)
{
	uint32_t expected = 2;
	bool busy;

	if (!__atomic_compare_exchange_n(&init_state, &expected, 1, 0,
			__ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
		rte_errno = EALREADY;
		return -1;
	}
	eal_bus_cleanup();
	eal_dev_cleanup();
	busy = eal_workers_stop();
	eal_intr_cleanup();
	eal_alarm_cleanup();
	if (busy) {
		/* a worker still runs: keep its memory mapped until exit */
		EAL_LOG(DEBUG, "lcore still running at cleanup: memory left "
			"mapped until the process exits\n");
		eal_memory_cleanup(true);
	} else {
		eal_memzone_cleanup();
		eal_malloc_heap_cleanup();
		eal_memory_cleanup(false);
	}
	eal_runtime_dir_remove();
	eal_devargs_cleanup();
	eal_plugins_free();
	eal_thread_set_lcore(LCORE_ID_ANY);
	__atomic_store_n(&init_state, 0, __ATOMIC_RELEASE);
	return 0;
}

enum rte_proc_type_t
rte_eal_process_type(void)
{
	return RTE_PROC_PRIMARY;
}

int
rte_eal_has_hugepages(void)
{
	return !eal_cfg.no_hugetlbfs;
}

int
rte_eal_has_pci(void)
{
	return !eal_cfg.no_pci;
}

int
rte_eal_create_uio_dev(void)
{
	return eal_cfg.create_uio_dev;
}

enum rte_intr_mode
rte_eal_vfio_intr_mode(void)
{
	return eal_cfg.vfio_intr_mode;
}

const char *
rte_eal_mbuf_user_pool_ops(void)
{
	return eal_cfg.mbuf_pool_ops_name;
}

int
rte_eal_iopl_init(void)
{
	return iopl(3) == 0 ? 0 : -1;
}

int
rte_sys_gettid(void)
{
	return (int)syscall(SYS_gettid);
}

int
rte_eal_primary_proc_alive(const char *config_file_path)
{
	RTE_SET_USED(config_file_path);
	return 0;
}
