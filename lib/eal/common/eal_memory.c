/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The memseg lists (see rte_memory.h), walks and address lookups, memory
 * event callbacks and allocation validators. Page mapping itself is in
 * linux/eal_memalloc.c.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal_memconfig.h>
#include <rte_errno.h>
#include <rte_memory.h>
#include <rte_string_fns.h>

#include "eal_private.h"
#include "eal_memory.h"

struct rte_memseg_list eal_msls[RTE_MAX_MEMSEG_LISTS];
int *eal_msl_fds[RTE_MAX_MEMSEG_LISTS];
unsigned int eal_msl_count;
static uint8_t dma_mask_bits;	/* 0: no limit */

struct rte_memseg_list *
rte_mem_virt2memseg_list(const void *addr)
{
	unsigned int i;

	for (i = 0; i < eal_msl_count; i++) {
		struct rte_memseg_list *msl = &eal_msls[i];

		if ((uintptr_t)addr >= (uintptr_t)msl->base_va &&
		    (uintptr_t)addr < (uintptr_t)msl->base_va + msl->len)
			return msl;
	}
	return NULL;
}

struct rte_memseg *
rte_mem_virt2memseg(const void *addr, const struct rte_memseg_list *msl)
{
	unsigned int idx;
	struct rte_memseg *ms;

	if (msl == NULL)
		msl = rte_mem_virt2memseg_list(addr);
	if (msl == NULL || (uintptr_t)addr < (uintptr_t)msl->base_va)
		return NULL;
	idx = (unsigned int)(((uintptr_t)addr - (uintptr_t)msl->base_va) /
		msl->page_sz);
	if (idx >= msl->memseg_arr.len ||
	    rte_fbarray_is_used((struct rte_fbarray *)(uintptr_t)&msl->memseg_arr,
		    idx) != 1)
		return NULL;
	ms = rte_fbarray_get(&msl->memseg_arr, idx);
	return ms;
}

/* PFN from /proc/self/pagemap (bits 0-54 of the 64-bit entry, bit 63
 * "present"; Documentation/admin-guide/mm/pagemap.rst). Needs
 * CAP_SYS_ADMIN, otherwise the PFN reads as 0. */
phys_addr_t
rte_mem_virt2phy(const void *virtaddr)
{
	long page_sz = sysconf(_SC_PAGESIZE);
	uint64_t entry, pfn;
	off_t off;
	int fd;

	fd = open("/proc/self/pagemap", O_RDONLY);
	if (fd < 0)
		return RTE_BAD_IOVA;
	off = (off_t)((uintptr_t)virtaddr / (uintptr_t)page_sz) *
		(off_t)sizeof(uint64_t);
	if (pread(fd, &entry, sizeof(entry), off) != sizeof(entry)) {
		close(fd);
		return RTE_BAD_IOVA;
	}
	close(fd);
	pfn = entry & ((UINT64_C(1) << 55) - 1);
	if (!(entry & (UINT64_C(1) << 63)) || pfn == 0)
		return RTE_BAD_IOVA;
	return pfn * (uint64_t)page_sz + ((uintptr_t)virtaddr % (uintptr_t)page_sz);
}

bool
eal_phys_addrs_available(void)
{
	static volatile uint64_t probe;

	probe = 1;	/* make the page present */
	return rte_mem_virt2phy((const void *)(uintptr_t)&probe) != RTE_BAD_IOVA;
}

rte_iova_t
rte_mem_virt2iova(const void *virt)
{
	struct rte_memseg *ms = rte_mem_virt2memseg(virt, NULL);

	if (ms != NULL)
		return ms->iova + RTE_PTR_DIFF(virt, ms->addr);
	if (rte_eal_iova_mode() == RTE_IOVA_VA)
		return (uintptr_t)virt;
	return rte_mem_virt2phy(virt);
}

static int
find_iova(const struct rte_memseg_list *msl, const struct rte_memseg *ms,
	void *arg)
{
	void **io = arg;
	rte_iova_t iova = *(rte_iova_t *)io[0];

	RTE_SET_USED(msl);
	if (iova >= ms->iova && iova < ms->iova + ms->len) {
		io[1] = RTE_PTR_ADD(ms->addr, iova - ms->iova);
		return 1;
	}
	return 0;
}

void *
rte_mem_iova2virt(rte_iova_t iova)
{
	void *io[2] = { &iova, NULL };

	if (rte_eal_iova_mode() == RTE_IOVA_VA)
		return (void *)(uintptr_t)iova;
	rte_memseg_walk(find_iova, io);
	return io[1];
}

int
rte_memseg_list_walk_thread_unsafe(rte_memseg_list_walk_t func, void *arg)
{
	unsigned int i;
	int ret;

	for (i = 0; i < eal_msl_count; i++) {
		ret = func(&eal_msls[i], arg);
		if (ret != 0)
			return ret;
	}
	return 0;
}

int
rte_memseg_walk_thread_unsafe(rte_memseg_walk_t func, void *arg)
{
	unsigned int i;
	int idx, ret;

	for (i = 0; i < eal_msl_count; i++) {
		struct rte_memseg_list *msl = &eal_msls[i];

		idx = rte_fbarray_find_next_used(&msl->memseg_arr, 0);
		while (idx >= 0) {
			ret = func(msl, rte_fbarray_get(&msl->memseg_arr,
					(unsigned int)idx), arg);
			if (ret != 0)
				return ret;
			idx = rte_fbarray_find_next_used(&msl->memseg_arr,
				(unsigned int)idx + 1);
		}
	}
	return 0;
}

int
rte_memseg_contig_walk_thread_unsafe(rte_memseg_contig_walk_t func, void *arg)
{
	unsigned int i;
	int idx, n, ret;

	for (i = 0; i < eal_msl_count; i++) {
		struct rte_memseg_list *msl = &eal_msls[i];

		idx = rte_fbarray_find_next_used(&msl->memseg_arr, 0);
		while (idx >= 0) {
			n = rte_fbarray_find_contig_used(&msl->memseg_arr,
				(unsigned int)idx);
			ret = func(msl, rte_fbarray_get(&msl->memseg_arr,
					(unsigned int)idx),
				(size_t)n * msl->page_sz, arg);
			if (ret != 0)
				return ret;
			idx = rte_fbarray_find_next_used(&msl->memseg_arr,
				(unsigned int)(idx + n));
		}
	}
	return 0;
}

int
rte_memseg_walk(rte_memseg_walk_t func, void *arg)
{
	int ret;

	rte_mcfg_mem_read_lock();
	ret = rte_memseg_walk_thread_unsafe(func, arg);
	rte_mcfg_mem_read_unlock();
	return ret;
}

int
rte_memseg_contig_walk(rte_memseg_contig_walk_t func, void *arg)
{
	int ret;

	rte_mcfg_mem_read_lock();
	ret = rte_memseg_contig_walk_thread_unsafe(func, arg);
	rte_mcfg_mem_read_unlock();
	return ret;
}

int
rte_memseg_list_walk(rte_memseg_list_walk_t func, void *arg)
{
	int ret;

	rte_mcfg_mem_read_lock();
	ret = rte_memseg_list_walk_thread_unsafe(func, arg);
	rte_mcfg_mem_read_unlock();
	return ret;
}

int
rte_memseg_get_fd_offset_thread_unsafe(const struct rte_memseg *ms,
	size_t *offset)
{
	if (ms == NULL || offset == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	if (rte_memseg_get_fd_thread_unsafe(ms) < 0)
		return -1;
	*offset = 0;	/* one file per page */
	return 0;
}

int
rte_memseg_get_fd_thread_unsafe(const struct rte_memseg *ms)
{
	struct rte_memseg_list *msl;
	int idx, fd;

	if (ms == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	msl = rte_mem_virt2memseg_list(ms->addr);
	if (msl == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	idx = rte_fbarray_find_idx(&msl->memseg_arr, ms);
	fd = idx < 0 ? -1 : eal_msl_fds[msl - eal_msls][idx];
	if (fd < 0) {
		rte_errno = ENOTSUP;	/* anonymous memory has no fd */
		return -1;
	}
	return fd;
}

int
rte_memseg_get_fd(const struct rte_memseg *ms)
{
	int ret;

	rte_mcfg_mem_read_lock();
	ret = rte_memseg_get_fd_thread_unsafe(ms);
	rte_mcfg_mem_read_unlock();
	return ret;
}

int
rte_memseg_get_fd_offset(const struct rte_memseg *ms, size_t *offset)
{
	int ret;

	rte_mcfg_mem_read_lock();
	ret = rte_memseg_get_fd_offset_thread_unsafe(ms, offset);
	rte_mcfg_mem_read_unlock();
	return ret;
}

static int
dump_seg(const struct rte_memseg_list *msl, const struct rte_memseg *ms,
	void *arg)
{
	FILE *f = arg;

	fprintf(f, "Segment %d: IOVA:0x%" PRIx64 ", len:%zu, virt:%p, "
		"socket_id:%" PRId32 ", hugepage_sz:%" PRIu64 ", nchannel:%"
		PRIu32 ", nrank:%" PRIu32 " fd:%d\n",
		rte_fbarray_find_idx(&msl->memseg_arr, ms), ms->iova, ms->len,
		ms->addr, ms->socket_id, ms->hugepage_sz, ms->nchannel,
		ms->nrank, eal_msl_fds[msl - eal_msls][
			rte_fbarray_find_idx(&msl->memseg_arr, ms)]);
	return 0;
}

void
rte_dump_physmem_layout(FILE *f)
{
	rte_memseg_walk(dump_seg, f);
}

static int
sum_seg(const struct rte_memseg_list *msl, const struct rte_memseg *ms,
	void *arg)
{
	RTE_SET_USED(msl);
	*(uint64_t *)arg += ms->len;
	return 0;
}

uint64_t
rte_eal_get_physmem_size(void)
{
	uint64_t total = 0;

	rte_memseg_walk(sum_seg, &total);
	return total;
}

unsigned rte_memory_get_nchannel(void) { return 0; }
unsigned rte_memory_get_nrank(void) { return 0; }

int
rte_mem_lock_page(const void *virt)
{
	uintptr_t page = RTE_ALIGN_FLOOR((uintptr_t)virt,
		(uintptr_t)sysconf(_SC_PAGESIZE));

	return mlock((void *)page, (size_t)sysconf(_SC_PAGESIZE));
}

static int
check_mask(const struct rte_memseg_list *msl, const struct rte_memseg *ms,
	void *arg)
{
	uint8_t bits = *(uint8_t *)arg;
	uint64_t limit = bits >= 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1;

	RTE_SET_USED(msl);
	return ms->iova + ms->len - 1 > limit ? 1 : 0;
}

int
rte_mem_check_dma_mask_thread_unsafe(uint8_t maskbits)
{
	if (maskbits > 64)
		return -1;
	return rte_memseg_walk_thread_unsafe(check_mask, &maskbits) ? -1 : 0;
}

int
rte_mem_check_dma_mask(uint8_t maskbits)
{
	int ret;

	rte_mcfg_mem_read_lock();
	ret = rte_mem_check_dma_mask_thread_unsafe(maskbits);
	rte_mcfg_mem_read_unlock();
	return ret;
}

void
rte_mem_set_dma_mask(uint8_t maskbits)
{
	dma_mask_bits = maskbits;
}

int
rte_eal_using_phys_addrs(void)
{
	return rte_eal_iova_mode() == RTE_IOVA_PA;
}

bool
eal_iova_contig(const struct rte_memseg_list *msl, const void *va, size_t len)
{
	uintptr_t p, end;
	const struct rte_memseg *ms, *prev = NULL;

	if (rte_eal_iova_mode() == RTE_IOVA_VA || len == 0)
		return true;
	end = (uintptr_t)va + len;
	for (p = RTE_ALIGN_FLOOR((uintptr_t)va, msl->page_sz); p < end;
	     p += msl->page_sz) {
		ms = rte_mem_virt2memseg((void *)p, msl);
		if (ms == NULL)
			return false;
		if (prev != NULL && ms->iova != prev->iova + prev->len)
			return false;
		prev = ms;
	}
	return true;
}

/* --- memory event callbacks -------------------------------------------------- */

struct mem_event_cb {
	TAILQ_ENTRY(mem_event_cb) next;
	char name[RTE_MEM_EVENT_CALLBACK_NAME_LEN];
	rte_mem_event_callback_t clb;
	void *arg;
};
static TAILQ_HEAD(, mem_event_cb) mem_event_cbs =
	TAILQ_HEAD_INITIALIZER(mem_event_cbs);
static pthread_mutex_t mem_cb_lock = PTHREAD_MUTEX_INITIALIZER;

int
rte_mem_event_callback_register(const char *name, rte_mem_event_callback_t clb,
	void *arg)
{
	struct mem_event_cb *cb;

	if (name == NULL || clb == NULL ||
	    strlen(name) >= RTE_MEM_EVENT_CALLBACK_NAME_LEN) {
		rte_errno = EINVAL;
		return -1;
	}
	pthread_mutex_lock(&mem_cb_lock);
	TAILQ_FOREACH(cb, &mem_event_cbs, next)
		if (strcmp(cb->name, name) == 0 && cb->arg == arg) {
			pthread_mutex_unlock(&mem_cb_lock);
			rte_errno = EEXIST;
			return -1;
		}
	cb = calloc(1, sizeof(*cb));
	if (cb == NULL) {
		pthread_mutex_unlock(&mem_cb_lock);
		rte_errno = ENOMEM;
		return -1;
	}
	rte_strlcpy(cb->name, name, sizeof(cb->name));
	cb->clb = clb;
	cb->arg = arg;
	TAILQ_INSERT_TAIL(&mem_event_cbs, cb, next);
	pthread_mutex_unlock(&mem_cb_lock);
	return 0;
}

int
rte_mem_event_callback_unregister(const char *name, void *arg)
{
	struct mem_event_cb *cb;

	if (name == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	pthread_mutex_lock(&mem_cb_lock);
	TAILQ_FOREACH(cb, &mem_event_cbs, next)
		if (strcmp(cb->name, name) == 0 && cb->arg == arg)
			break;
	if (cb == NULL) {
		pthread_mutex_unlock(&mem_cb_lock);
		rte_errno = ENOENT;
		return -1;
	}
	TAILQ_REMOVE(&mem_event_cbs, cb, next);
	pthread_mutex_unlock(&mem_cb_lock);
	free(cb);
	return 0;
}

/* Called with the memory write lock held, after mapping (ALLOC) or
 * before unmapping (FREE). */
void
eal_mem_event_notify(enum rte_mem_event ev, const void *addr, size_t len)
{
	struct mem_event_cb *cb;

	pthread_mutex_lock(&mem_cb_lock);
	TAILQ_FOREACH(cb, &mem_event_cbs, next)
		cb->clb(ev, addr, len, cb->arg);
	pthread_mutex_unlock(&mem_cb_lock);
}

/* --- allocation validators ---------------------------------------------------- */

struct mem_validator {
	TAILQ_ENTRY(mem_validator) next;
	char name[RTE_MEM_ALLOC_VALIDATOR_NAME_LEN];
	rte_mem_alloc_validator_t clb;
	int socket_id;
	size_t limit;
};
static TAILQ_HEAD(, mem_validator) validators =
	TAILQ_HEAD_INITIALIZER(validators);

int
rte_mem_alloc_validator_register(const char *name,
	rte_mem_alloc_validator_t clb, int socket_id, size_t limit)
{
	struct mem_validator *v;

	if (name == NULL || clb == NULL || socket_id < 0 ||
	    socket_id >= RTE_MAX_NUMA_NODES ||
	    strlen(name) >= RTE_MEM_ALLOC_VALIDATOR_NAME_LEN) {
		rte_errno = EINVAL;
		return -1;
	}
	pthread_mutex_lock(&mem_cb_lock);
	TAILQ_FOREACH(v, &validators, next)
		if (strcmp(v->name, name) == 0 && v->socket_id == socket_id) {
			pthread_mutex_unlock(&mem_cb_lock);
			rte_errno = EEXIST;
			return -1;
		}
	v = calloc(1, sizeof(*v));
	if (v == NULL) {
		pthread_mutex_unlock(&mem_cb_lock);
		rte_errno = ENOMEM;
		return -1;
	}
	rte_strlcpy(v->name, name, sizeof(v->name));
	v->clb = clb;
	v->socket_id = socket_id;
	v->limit = limit;
	TAILQ_INSERT_TAIL(&validators, v, next);
	pthread_mutex_unlock(&mem_cb_lock);
	return 0;
}

int
rte_mem_alloc_validator_unregister(const char *name, int socket_id)
{
	struct mem_validator *v;

	if (name == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	pthread_mutex_lock(&mem_cb_lock);
	TAILQ_FOREACH(v, &validators, next)
		if (strcmp(v->name, name) == 0 && v->socket_id == socket_id)
			break;
	if (v == NULL) {
		pthread_mutex_unlock(&mem_cb_lock);
		rte_errno = ENOENT;
		return -1;
	}
	TAILQ_REMOVE(&validators, v, next);
	pthread_mutex_unlock(&mem_cb_lock);
	free(v);
	return 0;
}

/* 0 if the socket's memory may grow from cur to cur + add bytes. */
int
eal_mem_validate_growth(int socket, size_t cur, size_t add)
{
	struct mem_validator *v;
	int ret = 0;

	pthread_mutex_lock(&mem_cb_lock);
	TAILQ_FOREACH(v, &validators, next) {
		if (v->socket_id != socket || cur + add <= v->limit)
			continue;
		if (v->clb(socket, v->limit, cur + add) != 0) {
			ret = -1;
			break;
		}
	}
	pthread_mutex_unlock(&mem_cb_lock);
	return ret;
}

uint8_t
eal_dma_mask_bits(void)
{
	return dma_mask_bits;
}
