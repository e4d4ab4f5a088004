/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Mapping pages into the memseg lists.
 *
 * Each memseg list reserves its whole virtual area up front (PROT_NONE),
 * so memory can grow later at stable addresses. A hugepage is one file
 * "<file-prefix>map_<n>" in the hugetlbfs mount (or a memfd with
 * --in-memory), held with a shared flock while mapped: at start-up files
 * of the same prefix that nobody holds belong to dead processes and are
 * removed. fallocate() reserves the page first, so a shortage is an error
 * rather than a SIGBUS on first touch. The NUMA node is chosen with
 * set_mempolicy(MPOL_BIND) around that fallocate.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal_memconfig.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_memory.h>
#include <rte_string_fns.h>

#include "eal_private.h"
#include "eal_memory.h"

#ifndef MFD_HUGETLB
#define MFD_HUGETLB 0x0004U
#endif
#ifndef MFD_HUGE_SHIFT
#define MFD_HUGE_SHIFT 26
#endif
#define MPOL_DEFAULT_ 0
#define MPOL_BIND_ 2

/* no-huge: one list of 4 KiB pages covering this much address space */
#define NOHUGE_VA_LEN (UINT64_C(4) << 30)

static int
reserve_va(struct rte_memseg_list *msl, uint64_t page_sz, unsigned int n)
{
	size_t len = (size_t)page_sz * n, head;
	void *p, *aligned;

	/* over-reserve by a page to align the start on the page size */
	p = mmap(NULL, len + page_sz, PROT_NONE,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED)
		return -1;
	aligned = RTE_PTR_ALIGN_CEIL(p, page_sz);
	head = RTE_PTR_DIFF(aligned, p);
	if (head > 0)
		munmap(p, head);
	if (page_sz - head > 0)
		munmap(RTE_PTR_ADD(aligned, len), page_sz - head);
	msl->base_va = aligned;
	msl->len = len;
	return 0;
}

static int
msl_create(uint64_t page_sz, int socket, unsigned int n_segs)
{
	struct rte_memseg_list *msl;
	char name[RTE_FBARRAY_NAME_LEN];
	unsigned int i;

	if (eal_msl_count >= RTE_MAX_MEMSEG_LISTS)
		return -1;
	msl = &eal_msls[eal_msl_count];
	snprintf(name, sizeof(name), "memseg-%" PRIu64 "k-%d-%u",
		page_sz >> 10, socket, eal_msl_count);
	if (rte_fbarray_init(&msl->memseg_arr, name, n_segs,
			sizeof(struct rte_memseg)) != 0)
		return -1;
	eal_msl_fds[eal_msl_count] = malloc(sizeof(int) * n_segs);
	if (eal_msl_fds[eal_msl_count] == NULL ||
	    reserve_va(msl, page_sz, n_segs) != 0) {
		free(eal_msl_fds[eal_msl_count]);
		rte_fbarray_destroy(&msl->memseg_arr);
		EAL_LOG(ERR, "cannot reserve %" PRIu64 " MiB of address space "
			"for memory\n", (page_sz * n_segs) >> 20);
		return -1;
	}
	for (i = 0; i < n_segs; i++)
		eal_msl_fds[eal_msl_count][i] = -1;
	msl->page_sz = page_sz;
	msl->socket_id = socket;
	msl->heap = 1;
	eal_msl_count++;
	return 0;
}

static bool
node_exists(unsigned int node)
{
	char path[64];

	if (node == 0)
		return true;
	snprintf(path, sizeof(path), "/sys/devices/system/node/node%u", node);
	return access(path, F_OK) == 0;
}

int
eal_memseg_lists_init(void)
{
	unsigned int i, node, n;
	uint64_t pgsz;

	if (eal_cfg.no_hugetlbfs) {
		pgsz = (uint64_t)sysconf(_SC_PAGESIZE);
		return msl_create(pgsz, 0, (unsigned int)(NOHUGE_VA_LEN / pgsz));
	}
	for (i = 0; i < eal_cfg.num_hugepage_sizes; i++) {
		pgsz = eal_cfg.hugepage_sizes[i].page_sz;
		n = (unsigned int)RTE_MIN((uint64_t)RTE_MAX_MEMSEG_PER_LIST,
			((uint64_t)RTE_MAX_MEM_MB_PER_LIST << 20) / pgsz);
		for (node = 0; node < RTE_MAX_NUMA_NODES; node++) {
			if (!node_exists(node))
				continue;
			if (msl_create(pgsz, (int)node, n) != 0)
				return -1;
		}
	}
	return 0;
}

static const char *
mount_of(uint64_t page_sz)
{
	unsigned int i;

	for (i = 0; i < eal_cfg.num_hugepage_sizes; i++)
		if (eal_cfg.hugepage_sizes[i].page_sz == page_sz)
			return eal_cfg.hugepage_sizes[i].mount;
	return NULL;
}

static void
page_path(char *buf, size_t len, const struct rte_memseg_list *msl,
	unsigned int idx)
{
	snprintf(buf, len, "%s/%smap_%u", mount_of(msl->page_sz),
		eal_cfg.file_prefix,
		(unsigned int)(msl - eal_msls) * RTE_MAX_MEMSEG_PER_LIST + idx);
}

static long
set_mempolicy_(int mode, const unsigned long *mask, unsigned long maxnode)
{
	return syscall(SYS_set_mempolicy, mode, mask, maxnode);
}

/* A hugepage file (or memfd) with the page reserved, -1 if none free. */
static int
hugepage_fd(const struct rte_memseg_list *msl, unsigned int idx)
{
	char path[PATH_MAX];
	unsigned long mask = 1UL << msl->socket_id;
	int fd, ret, err;

	if (eal_cfg.in_memory) {
		snprintf(path, sizeof(path), "%smap_%u", eal_cfg.file_prefix, idx);
		fd = memfd_create(path, MFD_HUGETLB | MFD_CLOEXEC |
			((unsigned int)rte_log2_u64(msl->page_sz) << MFD_HUGE_SHIFT));
	} else {
		page_path(path, sizeof(path), msl, idx);
		fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0600);
	}
	if (fd < 0) {
		err = errno;
		EAL_LOG(ERR, "cannot create hugepage file %s: %s\n", path,
			strerror(err));
		errno = err;
		return -1;
	}
	/* shared lock: tells later processes this file is in use */
	if (!eal_cfg.in_memory && flock(fd, LOCK_SH | LOCK_NB) != 0) {
		close(fd);
		errno = EBUSY;
		return -1;
	}
	/* allocate on the list's node (the policy is per thread) */
	set_mempolicy_(MPOL_BIND_, &mask, sizeof(mask) * 8);
	ret = fallocate(fd, 0, 0, (off_t)msl->page_sz);
	err = errno;
	set_mempolicy_(MPOL_DEFAULT_, NULL, 0);
	if (ret != 0) {
		if (!eal_cfg.in_memory)
			unlink(path);
		close(fd);
		errno = err;
		return -1;
	}
	if (eal_cfg.huge_unlink && !eal_cfg.in_memory)
		unlink(path);
	return fd;
}

static void
page_release(struct rte_memseg_list *msl, unsigned int idx)
{
	int *fd = &eal_msl_fds[msl - eal_msls][idx];
	void *addr = RTE_PTR_ADD(msl->base_va, (size_t)idx * msl->page_sz);
	char path[PATH_MAX];

	/* keep the address range reserved for the next mapping */
	mmap(addr, msl->page_sz, PROT_NONE,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
	if (*fd >= 0) {
		if (!eal_cfg.in_memory && !eal_cfg.huge_unlink) {
			page_path(path, sizeof(path), msl, idx);
			unlink(path);
		}
		close(*fd);
		*fd = -1;
	}
	memset(rte_fbarray_get(&msl->memseg_arr, idx), 0,
		sizeof(struct rte_memseg));
	rte_fbarray_set_free(&msl->memseg_arr, idx);
}

static int
page_map(struct rte_memseg_list *msl, unsigned int idx, bool fixed)
{
	void *addr = RTE_PTR_ADD(msl->base_va, (size_t)idx * msl->page_sz);
	struct rte_memseg *ms;
	void *p;
	int fd = -1;

	if (eal_cfg.no_hugetlbfs) {
		p = mmap(addr, msl->page_sz, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	} else {
		fd = hugepage_fd(msl, idx);
		if (fd < 0)
			return -1;
		p = mmap(addr, msl->page_sz, PROT_READ | PROT_WRITE,
			MAP_SHARED | MAP_FIXED | MAP_POPULATE, fd, 0);
	}
	if (p != addr) {
		if (fd >= 0)
			close(fd);
		return -1;
	}
	eal_msl_fds[msl - eal_msls][idx] = fd;
	ms = rte_fbarray_get(&msl->memseg_arr, idx);
	ms->addr = addr;
	ms->len = msl->page_sz;
	ms->hugepage_sz = msl->page_sz;
	ms->socket_id = msl->socket_id;
	ms->flags = fixed ? RTE_MEMSEG_FLAG_DO_NOT_FREE : 0;
	if (eal_cfg.iova_mode == RTE_IOVA_PA) {
		ms->iova = rte_mem_virt2phy(addr);
		if (ms->iova == RTE_BAD_IOVA) {
			EAL_LOG(ERR, "no physical address for a hugepage "
				"(/proc/self/pagemap needs root): use "
				"--iova-mode va\n");
			rte_fbarray_set_used(&msl->memseg_arr, idx);
			page_release(msl, idx);
			return -1;
		}
	} else {
		ms->iova = (uintptr_t)addr;
	}
	rte_fbarray_set_used(&msl->memseg_arr, idx);
	return 0;
}

static size_t
socket_mapped_bytes(int socket)
{
	size_t total = 0;
	unsigned int i;

	for (i = 0; i < eal_msl_count; i++)
		if (eal_msls[i].socket_id == socket)
			total += (size_t)eal_msls[i].memseg_arr.count *
				eal_msls[i].page_sz;
	return total;
}

/* --no-huge: one anonymous mapping for the whole range (IOVA = VA). */
static int
anon_alloc(struct rte_memseg_list *msl, unsigned int start, unsigned int n,
	bool fixed, void **va)
{
	void *addr = RTE_PTR_ADD(msl->base_va, (size_t)start * msl->page_sz);
	struct rte_memseg *ms;
	unsigned int i;

	if (mmap(addr, (size_t)n * msl->page_sz, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != addr)
		return -1;
	for (i = 0; i < n; i++) {
		ms = rte_fbarray_get(&msl->memseg_arr, start + i);
		ms->addr = RTE_PTR_ADD(addr, (size_t)i * msl->page_sz);
		ms->iova = (uintptr_t)ms->addr;
		ms->len = msl->page_sz;
		ms->hugepage_sz = msl->page_sz;
		ms->socket_id = msl->socket_id;
		ms->flags = fixed ? RTE_MEMSEG_FLAG_DO_NOT_FREE : 0;
		rte_fbarray_set_used(&msl->memseg_arr, start + i);
	}
	*va = addr;
	return 0;
}

/* Give back n pages from idx: one PROT_NONE remap keeps the range
 * reserved. */
static void
range_release(struct rte_memseg_list *msl, unsigned int idx, unsigned int n)
{
	unsigned int i;

	if (!eal_cfg.no_hugetlbfs) {
		for (i = 0; i < n; i++)
			page_release(msl, idx + i);
		return;
	}
	mmap(RTE_PTR_ADD(msl->base_va, (size_t)idx * msl->page_sz),
		(size_t)n * msl->page_sz, PROT_NONE,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
	for (i = 0; i < n; i++) {
		memset(rte_fbarray_get(&msl->memseg_arr, idx + i), 0,
			sizeof(struct rte_memseg));
		rte_fbarray_set_free(&msl->memseg_arr, idx + i);
	}
}

/* Map n pages, VA-contiguous, in msl. 0 and *va, or -1. */
static int
msl_alloc(struct rte_memseg_list *msl, unsigned int n, bool fixed, void **va)
{
	int start;
	unsigned int i;

	start = rte_fbarray_find_next_n_free(&msl->memseg_arr, 0, n);
	if (start < 0)
		return -1;
	if (eal_mem_validate_growth(msl->socket_id,
			socket_mapped_bytes(msl->socket_id),
			(size_t)n * msl->page_sz) != 0)
		return -1;
	if (eal_cfg.no_hugetlbfs)
		return anon_alloc(msl, (unsigned int)start, n, fixed, va);
	for (i = 0; i < n; i++) {
		if (page_map(msl, (unsigned int)start + i, fixed) != 0) {
			while (i-- > 0)
				page_release(msl, (unsigned int)start + i);
			return -1;
		}
	}
	*va = RTE_PTR_ADD(msl->base_va, (size_t)start * msl->page_sz);
	return 0;
}

/*
 * Map n_pages of page_sz (0: any size, smallest first) on socket
 * (SOCKET_ID_ANY: any). Takes the memory write lock and sends the
 * ALLOC event.
 */
int
eal_memalloc_alloc(int socket, uint64_t page_sz, unsigned int n_pages,
	bool fixed, void **va, struct rte_memseg_list **out_msl)
{
	unsigned int i;
	int ret = -1;

	rte_mcfg_mem_write_lock();
	for (i = 0; i < eal_msl_count; i++) {
		struct rte_memseg_list *msl = &eal_msls[i];

		if (socket != SOCKET_ID_ANY && msl->socket_id != socket)
			continue;
		if (page_sz != 0 && msl->page_sz != page_sz)
			continue;
		if (msl_alloc(msl, n_pages, fixed, va) == 0) {
			*out_msl = msl;
			eal_mem_event_notify(RTE_MEM_EVENT_ALLOC, *va,
				(size_t)n_pages * msl->page_sz);
			ret = 0;
			break;
		}
	}
	rte_mcfg_mem_write_unlock();
	return ret;
}

/* Unmap [va, va + len) (whole pages of one list). FREE event first. */
int
eal_memalloc_free(void *va, size_t len)
{
	struct rte_memseg_list *msl = rte_mem_virt2memseg_list(va);
	unsigned int idx, n;

	if (msl == NULL || len % msl->page_sz != 0)
		return -1;
	idx = (unsigned int)(RTE_PTR_DIFF(va, msl->base_va) / msl->page_sz);
	n = (unsigned int)(len / msl->page_sz);
	rte_mcfg_mem_write_lock();
	eal_mem_event_notify(RTE_MEM_EVENT_FREE, va, len);
	range_release(msl, idx, n);
	rte_mcfg_mem_write_unlock();
	return 0;
}

/* Remove hugepage files of this prefix left by dead processes. */
static void
clean_stale_files(void)
{
	char prefix[80], path[PATH_MAX + 256];
	struct dirent *de;
	unsigned int i;
	DIR *d;
	int fd;

	snprintf(prefix, sizeof(prefix), "%smap_", eal_cfg.file_prefix);
	for (i = 0; i < eal_cfg.num_hugepage_sizes; i++) {
		d = opendir(eal_cfg.hugepage_sizes[i].mount);
		if (d == NULL)
			continue;
		while ((de = readdir(d)) != NULL) {
			if (strncmp(de->d_name, prefix, strlen(prefix)) != 0)
				continue;
			snprintf(path, sizeof(path), "%s/%s",
				eal_cfg.hugepage_sizes[i].mount, de->d_name);
			fd = open(path, O_RDWR | O_CLOEXEC);
			if (fd < 0)
				continue;
			/* a live owner holds LOCK_SH: leave its files alone */
			if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
				EAL_LOG(DEBUG, "removing stale hugepage file "
					"%s\n", path);
				unlink(path);
			}
			close(fd);
		}
		closedir(d);
	}
}

static void
raise_fd_limit(void)
{
	struct rlimit rl;

	/* one fd per hugepage is kept open */
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
}

/* Unmap everything and remove the hugepage files. With keep_mappings
 * (a worker may still be using memory) only the files go; the process is
 * about to exit and the kernel frees the pages then. */
void
eal_memory_cleanup(bool keep_mappings)
{
	char path[PATH_MAX];
	unsigned int i;
	int idx;

	for (i = 0; i < eal_msl_count; i++) {
		struct rte_memseg_list *msl = &eal_msls[i];

		if (keep_mappings) {
			idx = rte_fbarray_find_next_used(&msl->memseg_arr, 0);
			while (idx >= 0 && !eal_cfg.no_hugetlbfs &&
			       !eal_cfg.in_memory && !eal_cfg.huge_unlink) {
				page_path(path, sizeof(path), msl,
					(unsigned int)idx);
				unlink(path);
				idx = rte_fbarray_find_next_used(&msl->memseg_arr,
					(unsigned int)idx + 1);
			}
			continue;
		}
		idx = rte_fbarray_find_next_used(&msl->memseg_arr, 0);
		while (idx >= 0 && !eal_cfg.no_hugetlbfs) {
			page_release(msl, (unsigned int)idx);
			idx = rte_fbarray_find_next_used(&msl->memseg_arr,
				(unsigned int)idx + 1);
		}
		munmap(msl->base_va, msl->len);
		rte_fbarray_destroy(&msl->memseg_arr);
		free(eal_msl_fds[i]);
		eal_msl_fds[i] = NULL;
		memset(msl, 0, sizeof(*msl));
	}
	if (!keep_mappings)
		eal_msl_count = 0;
}

int
eal_memory_init(void)
{
	if (!eal_cfg.no_hugetlbfs) {
		raise_fd_limit();
		if (!eal_cfg.in_memory)
			clean_stale_files();
	}
	return eal_memseg_lists_init();
}

static unsigned int
free_pages(const struct eal_hugepage_size *hs, int node)
{
	return node == SOCKET_ID_ANY ? hs->free_total : hs->free[node];
}

/* "2048kB: 100 free, 1048576kB: 0 free" for node */
static void
describe_free(char *buf, size_t len, int node)
{
	size_t used = 0;
	unsigned int i;

	buf[0] = '\0';
	for (i = 0; i < eal_cfg.num_hugepage_sizes && used < len; i++)
		used += (size_t)snprintf(buf + used, len - used, "%s%" PRIu64
			"kB: %u free", i ? ", " : "",
			eal_cfg.hugepage_sizes[i].page_sz >> 10,
			free_pages(&eal_cfg.hugepage_sizes[i], node));
}

/* Preallocate bytes on node (SOCKET_ID_ANY: any) as fixed heap memory. */
static int
prealloc_huge(const char *opt, int node, uint64_t bytes)
{
	char avail[256];
	struct rte_memseg_list *msl;
	unsigned int i, n;
	void *va;

	for (i = 0; i < eal_cfg.num_hugepage_sizes; i++) {
		const struct eal_hugepage_size *hs = &eal_cfg.hugepage_sizes[i];

		n = (unsigned int)((bytes + hs->page_sz - 1) / hs->page_sz);
		if (free_pages(hs, node) < n)
			continue;
		if (eal_memalloc_alloc(node, hs->page_sz, n, true, &va,
				&msl) == 0) {
			eal_malloc_heap_add_fixed(msl->socket_id, va,
				(size_t)n * hs->page_sz, msl);
			return 0;
		}
	}
	/* what is short, per size, and how to fix it: one line */
	describe_free(avail, sizeof(avail), node);
	n = (unsigned int)((bytes + eal_cfg.hugepage_sizes[0].page_sz - 1) /
		eal_cfg.hugepage_sizes[0].page_sz);
	if (node == SOCKET_ID_ANY)
		EAL_LOG(ERR, "not enough hugepages for %s: need %u x %" PRIu64
			"kB pages, available %s; reserve more with "
			"usertools/dpdk-hugepages.py --setup 1G, or run with "
			"--no-huge\n", opt, n,
			eal_cfg.hugepage_sizes[0].page_sz >> 10, avail);
	else
		EAL_LOG(ERR, "not enough hugepages for %s: need %u x %" PRIu64
			"kB pages on node %d, available there %s; reserve more "
			"with usertools/dpdk-hugepages.py --setup 1G, or run "
			"with --no-huge\n", opt, n,
			eal_cfg.hugepage_sizes[0].page_sz >> 10, node, avail);
	return -1;
}

int
eal_memory_prealloc(void)
{
	struct rte_memseg_list *msl;
	uint64_t bytes, pgsz;
	unsigned int i, total = 0;
	char opt[64], avail[256];
	void *va;

	if (eal_cfg.no_hugetlbfs) {
		pgsz = (uint64_t)sysconf(_SC_PAGESIZE);
		bytes = eal_cfg.memory ? eal_cfg.memory :
			(uint64_t)EAL_NOHUGE_DEFAULT_MB << 20;
		if (eal_memalloc_alloc(0, pgsz, (unsigned int)(bytes / pgsz),
				true, &va, &msl) != 0) {
			EAL_LOG(ERR, "cannot map %" PRIu64 " MiB of anonymous "
				"memory for --no-huge: lower -m\n", bytes >> 20);
			return -1;
		}
		eal_malloc_heap_add_fixed(0, va, (size_t)bytes, msl);
		return 0;
	}
	if (eal_cfg.force_sockets) {
		for (i = 0; i < RTE_MAX_NUMA_NODES; i++) {
			if (eal_cfg.socket_mem[i] == 0)
				continue;
			snprintf(opt, sizeof(opt), "--socket-mem (node %u: %"
				PRIu64 " MiB)", i, eal_cfg.socket_mem[i] >> 20);
			if (prealloc_huge(opt, (int)i, eal_cfg.socket_mem[i]) != 0)
				return -1;
		}
		return 0;
	}
	if (eal_cfg.memory != 0) {
		snprintf(opt, sizeof(opt), "-m %" PRIu64, eal_cfg.memory >> 20);
		return prealloc_huge(opt, SOCKET_ID_ANY, eal_cfg.memory);
	}
	/* dynamic memory only: at least one page must be obtainable */
	for (i = 0; i < eal_cfg.num_hugepage_sizes; i++)
		total += eal_cfg.hugepage_sizes[i].free_total;
	if (total == 0) {
		describe_free(avail, sizeof(avail), SOCKET_ID_ANY);
		EAL_LOG(ERR, "no free hugepages (%s): reserve some with "
			"usertools/dpdk-hugepages.py --setup 1G, or run with "
			"--no-huge\n", avail);
		return -1;
	}
	return 0;
}
