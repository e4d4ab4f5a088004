/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Hugepage sizes this process can use: a hugetlbfs mount per size
 * (/proc/mounts; "pagesize=" option, else the default size from
 * /proc/meminfo) and free page counts per NUMA node from sysfs
 * (Documentation/admin-guide/mm/hugetlbpage.rst).
 */
#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_string_fns.h>

#include "eal_private.h"

#define SYS_HUGE_DIR "/sys/kernel/mm/hugepages"
#define SYS_NODE_DIR "/sys/devices/system/node"

static char unwritable_mount[PATH_MAX];

static uint64_t
default_hugepage_size(void)
{
	char line[256];
	unsigned long long kb = 0;
	FILE *f = fopen("/proc/meminfo", "r");

	if (f == NULL)
		return 0;
	while (fgets(line, sizeof(line), f) != NULL)
		if (sscanf(line, "Hugepagesize: %llu kB", &kb) == 1)
			break;
	fclose(f);
	return (uint64_t)kb << 10;
}

static unsigned int
read_uint_file(const char *path)
{
	unsigned int v = 0;
	FILE *f = fopen(path, "r");

	if (f == NULL)
		return 0;
	if (fscanf(f, "%u", &v) != 1)
		v = 0;
	fclose(f);
	return v;
}

/* The hugetlbfs mount for page_sz ("" if none). */
static void
find_mount(uint64_t page_sz, uint64_t def_sz, char *out, size_t len)
{
	char line[PATH_MAX + 256], dev[64], mnt[PATH_MAX], type[64],
		opts[256];
	char want[PATH_MAX] = "";
	FILE *f;

	out[0] = '\0';
	if (eal_cfg.hugepage_dir[0] != '\0' &&
	    realpath(eal_cfg.hugepage_dir, want) == NULL)
		return;
	f = fopen("/proc/mounts", "r");
	if (f == NULL)
		return;
	while (fgets(line, sizeof(line), f) != NULL) {
		uint64_t sz = def_sz;
		char *ps;

		if (sscanf(line, "%63s %4095s %63s %255s", dev, mnt, type,
				opts) != 4 || strcmp(type, "hugetlbfs") != 0)
			continue;
		ps = strstr(opts, "pagesize=");
		if (ps != NULL)
			sz = rte_str_to_size(ps + strlen("pagesize="));
		if (sz != page_sz)
			continue;
		if (want[0] != '\0' && strcmp(want, mnt) != 0)
			continue;
		if (access(mnt, W_OK) != 0) {
			/* not ours to use: remembered for the error message */
			if (unwritable_mount[0] == '\0')
				rte_strlcpy(unwritable_mount, mnt,
					sizeof(unwritable_mount));
			continue;
		}
		rte_strlcpy(out, mnt, len);
		break;
	}
	fclose(f);
}

static int
cmp_size(const void *a, const void *b)
{
	const struct eal_hugepage_size *x = a, *y = b;

	return x->page_sz < y->page_sz ? -1 : x->page_sz > y->page_sz;
}

int
eal_hugepage_info_init(void)
{
	char path[PATH_MAX];
	uint64_t def_sz = default_hugepage_size();
	struct dirent *de;
	unsigned int node;
	DIR *d;

	eal_cfg.num_hugepage_sizes = 0;
	d = opendir(SYS_HUGE_DIR);
	if (d == NULL) {
		EAL_LOG(ERR, "no hugepage support in this kernel (%s missing): "
			"run with --no-huge\n", SYS_HUGE_DIR);
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		struct eal_hugepage_size *hs;
		unsigned long long kb;

		if (sscanf(de->d_name, "hugepages-%llukB", &kb) != 1 ||
		    eal_cfg.num_hugepage_sizes >= EAL_MAX_HUGEPAGE_SIZES)
			continue;
		hs = &eal_cfg.hugepage_sizes[eal_cfg.num_hugepage_sizes];
		memset(hs, 0, sizeof(*hs));
		hs->page_sz = (uint64_t)kb << 10;
		find_mount(hs->page_sz, def_sz, hs->mount, sizeof(hs->mount));
		if (hs->mount[0] == '\0')
			continue;	/* size not configured: silently unused */
		for (node = 0; node < RTE_MAX_NUMA_NODES; node++) {
			snprintf(path, sizeof(path), SYS_NODE_DIR
				"/node%u/hugepages/hugepages-%llukB/free_hugepages",
				node, kb);
			if (access(path, R_OK) == 0)
				hs->free[node] = read_uint_file(path);
		}
		snprintf(path, sizeof(path), SYS_HUGE_DIR
			"/hugepages-%llukB/free_hugepages", kb);
		hs->free_total = read_uint_file(path);
		/* no NUMA info in sysfs: everything is on node 0 */
		if (access(SYS_NODE_DIR "/node0", F_OK) != 0)
			hs->free[0] = hs->free_total;
		eal_cfg.num_hugepage_sizes++;
	}
	closedir(d);
	qsort(eal_cfg.hugepage_sizes, eal_cfg.num_hugepage_sizes,
		sizeof(eal_cfg.hugepage_sizes[0]), cmp_size);
	if (eal_cfg.num_hugepage_sizes == 0) {
		if (unwritable_mount[0] != '\0')
			EAL_LOG(ERR, "no permission to create hugepage files "
				"in %s: run as root (or give this user write "
				"access to the mount), or run with --no-huge\n",
				unwritable_mount);
		else if (eal_cfg.hugepage_dir[0] != '\0')
			EAL_LOG(ERR, "--huge-dir %s: not a writable hugetlbfs "
				"mount; mount one (mount -t hugetlbfs nodev %s) "
				"or run with --no-huge\n", eal_cfg.hugepage_dir,
				eal_cfg.hugepage_dir);
		else
			EAL_LOG(ERR, "no writable hugetlbfs mount found: set "
				"up hugepages with usertools/dpdk-hugepages.py "
				"--setup 1G (as root), or run with --no-huge\n");
		return -1;
	}
	return 0;
}
