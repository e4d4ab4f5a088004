/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * EAL unit tests. Usage: test_eal_units <EAL options> -- <test name>
 * Tests: lcores, malloc, memzone, log, intr, alarm, kvargs, devargs.
 * Every check prints what failed; the exit status is the number of
 * failures (0: pass).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <rte_alarm.h>
#include <rte_atomic.h>
#include <rte_bitmap.h>
#include <rte_common.h>
#include <rte_cpuflags.h>
#include <rte_hexdump.h>
#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_interrupts.h>
#include <rte_kvargs.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_malloc.h>
#include <rte_memory.h>
#include <rte_memzone.h>
#include <rte_per_lcore.h>
#include <rte_random.h>
#include <rte_spinlock.h>
#include <rte_string_fns.h>

static int failures;

#define CHECK(cond, ...) do { \
	if (!(cond)) { \
		failures++; \
		printf("FAIL %s:%d: %s: ", __func__, __LINE__, #cond); \
		printf(__VA_ARGS__); \
		printf("\n"); \
	} \
} while (0)

static void test_thread_register(void);

/* --- lcores ------------------------------------------------------------------ */

static RTE_DEFINE_PER_LCORE(unsigned int, my_counter);
static unsigned int seen_lcore[RTE_MAX_LCORE];
static int ran_on_cpu[RTE_MAX_LCORE];

static int
lcore_job(void *arg)
{
	unsigned int id = rte_lcore_id();
	unsigned int i, n = (unsigned int)(uintptr_t)arg;

	/* per-lcore: each thread counts in its own copy */
	for (i = 0; i < n + id; i++)
		RTE_PER_LCORE(my_counter)++;
	seen_lcore[id] = RTE_PER_LCORE(my_counter);
	ran_on_cpu[id] = sched_getcpu();
	return (int)(100 + id);
}

static int
busy_job(void *arg)
{
	volatile int *stop = arg;

	while (!__atomic_load_n(stop, __ATOMIC_ACQUIRE))
		rte_pause();
	return 7;
}

static bool
thread_named(const char *name)
{
	char path[300], comm[32];
	struct dirent *de;
	bool found = false;
	DIR *d = opendir("/proc/self/task");
	FILE *f;

	while (d != NULL && !found && (de = readdir(d)) != NULL) {
		snprintf(path, sizeof(path), "/proc/self/task/%s/comm",
			de->d_name);
		f = fopen(path, "r");
		if (f == NULL)
			continue;
		if (fgets(comm, sizeof(comm), f) != NULL &&
		    strncmp(comm, name, strlen(name)) == 0)
			found = true;
		fclose(f);
	}
	if (d != NULL)
		closedir(d);
	return found;
}

static void
test_lcores(void)
{
	unsigned int id, main_id = rte_get_main_lcore(), count = 0;
	volatile int stop = 0;
	int ret;

	CHECK(rte_lcore_count() == 2, "lcore count %u", rte_lcore_count());
	CHECK(main_id == 0, "main lcore %u", main_id);
	CHECK(rte_lcore_id() == main_id, "main thread lcore id %u", rte_lcore_id());
	CHECK(rte_lcore_index(1) == 1 && rte_lcore_index(0) == 0, "indexes");
	CHECK(rte_lcore_is_enabled(1) && !rte_lcore_is_enabled(2), "enabled");
	CHECK(rte_get_next_lcore(-1, 1, 0) == 1, "first worker");
	CHECK(rte_get_next_lcore(1, 0, 1) == 0, "wrap");
	CHECK(rte_lcore_has_role(1, ROLE_RTE) == 0, "role");
	CHECK(rte_socket_count() >= 1 && rte_socket_id_by_idx(0) >= 0, "sockets");
	CHECK(rte_lcore_to_cpu_id(1) == 1, "cpu of lcore 1: %d",
		rte_lcore_to_cpu_id(1));
	RTE_LCORE_FOREACH(id)
		count++;
	CHECK(count == 2, "FOREACH visited %u", count);

	CHECK(thread_named("lcore-worker-1"), "worker thread name");
	CHECK(thread_named("eal-intr-thread"), "interrupt thread name");

	/* remote launch + wait: return value and per-lcore state */
	CHECK(rte_eal_remote_launch(lcore_job, (void *)1000, main_id) == -EINVAL,
		"launch on main must fail");
	ret = rte_eal_remote_launch(lcore_job, (void *)1000, 1);
	CHECK(ret == 0, "launch: %d", ret);
	ret = rte_eal_wait_lcore(1);
	CHECK(ret == 101, "worker returned %d", ret);
	CHECK(seen_lcore[1] == 1001, "per-lcore counter on worker %u", seen_lcore[1]);
	CHECK(ran_on_cpu[1] == 1, "worker ran on CPU %d", ran_on_cpu[1]);
	CHECK(RTE_PER_LCORE(my_counter) == 0, "main copy touched: %u",
		RTE_PER_LCORE(my_counter));
	CHECK(rte_eal_wait_lcore(1) == 0, "second wait returns 0");

	/* busy lcore: EBUSY, RUNNING state; then finishes */
	CHECK(rte_eal_remote_launch(busy_job, (void *)&stop, 1) == 0, "busy");
	CHECK(rte_eal_get_lcore_state(1) == RUNNING, "state running");
	CHECK(rte_eal_remote_launch(lcore_job, NULL, 1) == -EBUSY, "EBUSY");
	CHECK(rte_eal_mp_remote_launch(lcore_job, NULL, SKIP_MAIN) == -EBUSY,
		"mp EBUSY");
	__atomic_store_n(&stop, 1, __ATOMIC_RELEASE);
	CHECK(rte_eal_wait_lcore(1) == 7, "busy job result");
	CHECK(rte_eal_get_lcore_state(1) == WAIT, "state wait");

	/* all lcores, main included; 200 rounds to shake the handshake */
	for (ret = 0; ret < 200; ret++) {
		memset(seen_lcore, 0, sizeof(seen_lcore));
		if (rte_eal_mp_remote_launch(lcore_job, (void *)10, CALL_MAIN) != 0) {
			CHECK(0, "mp launch round %d", ret);
			break;
		}
		rte_eal_mp_wait_lcore();
		if (seen_lcore[0] == 0 || seen_lcore[1] == 0) {
			CHECK(0, "round %d: lcore not run (%u %u)", ret,
				seen_lcore[0], seen_lcore[1]);
			break;
		}
	}
	/* the counters accumulate per thread over the rounds */
	CHECK(RTE_PER_LCORE(my_counter) == 200 * 10,
		"main per-lcore count %u", RTE_PER_LCORE(my_counter));
	CHECK(seen_lcore[1] == 1001 + 200 * 11, "worker per-lcore count %u",
		seen_lcore[1]);
	test_thread_register();
}

struct reg_result {
	unsigned int id;
	int role_ok;
	unsigned int after;
};

static void *
non_eal_thread(void *arg)
{
	struct reg_result *r = arg;

	if (rte_lcore_id() != LCORE_ID_ANY || rte_thread_register() != 0)
		return NULL;
	r->id = rte_lcore_id();
	r->role_ok = rte_lcore_has_role(r->id, ROLE_NON_EAL) == 0;
	rte_thread_unregister();
	r->after = rte_lcore_id();
	return NULL;
}

static void
test_thread_register(void)
{
	struct reg_result r = { 0, 0, 0 };
	pthread_t t;

	CHECK(pthread_create(&t, NULL, non_eal_thread, &r) == 0, "create");
	pthread_join(t, NULL);
	/* lcores 0 and 1 are EAL lcores: the first free id is 2 */
	CHECK(r.id == 2 && r.role_ok, "registered as %u (role ok %d)", r.id,
		r.role_ok);
	CHECK(r.after == LCORE_ID_ANY, "after unregister %u", r.after);
	CHECK(rte_eal_lcore_role(2) == ROLE_OFF, "id 2 given back");
}

/* --- malloc / memzone stress --------------------------------------------------- */

#define SLOTS 512

struct stress_arg {
	unsigned int seed;
	unsigned int rounds;
	int errors;
};

static int
malloc_stress(void *p)
{
	struct stress_arg *a = p;
	void *ptr[SLOTS] = { NULL };
	size_t len[SLOTS];
	uint8_t pat[SLOTS];
	unsigned int r, i, k;

	for (r = 0; r < a->rounds; r++) {
		i = (unsigned int)rte_rand_max(SLOTS);
		if (ptr[i] != NULL) {
			/* contents intact? */
			for (k = 0; k < len[i]; k++)
				if (((uint8_t *)ptr[i])[k] != pat[i]) {
					a->errors++;
					break;
				}
			rte_free(ptr[i]);
			ptr[i] = NULL;
			continue;
		}
		len[i] = 1 + (size_t)rte_rand_max(r % 16 == 0 ? 300000 : 3000);
		{
			unsigned int align = 1u << rte_rand_max(13);	/* 1..4096 */

			ptr[i] = rte_malloc_socket("stress", len[i], align,
				SOCKET_ID_ANY);
			if (ptr[i] == NULL) {
				a->errors++;
				continue;
			}
			if (((uintptr_t)ptr[i] & (RTE_MAX(align, 64u) - 1)) != 0)
				a->errors++;
		}
		pat[i] = (uint8_t)(a->seed + r);
		memset(ptr[i], pat[i], len[i]);
	}
	for (i = 0; i < SLOTS; i++)
		rte_free(ptr[i]);
	return a->errors;
}

static size_t ev_alloc_len, ev_free_len;
static const void *ev_alloc_addr;

static void
mem_event_cb(enum rte_mem_event ev, const void *addr, size_t len, void *arg)
{
	RTE_SET_USED(arg);
	if (ev == RTE_MEM_EVENT_ALLOC) {
		ev_alloc_len += len;
		ev_alloc_addr = addr;
	} else {
		ev_free_len += len;
	}
}

static int
contig_sum(const struct rte_memseg_list *msl, const struct rte_memseg *ms,
	size_t len, void *arg)
{
	RTE_SET_USED(msl);
	RTE_SET_USED(ms);
	*(size_t *)arg += len;
	return 0;
}

static void
test_malloc(void)
{
	struct rte_malloc_socket_stats st0, st;
	struct stress_arg args[2] = { { 1, 20000, 0 }, { 2, 20000, 0 } };
	size_t sz;
	char *p, *q;
	int i;

	rte_malloc_get_socket_stats(0, &st0);
	CHECK(st0.heap_totalsz_bytes >= (64u << 20), "preallocated %zu",
		st0.heap_totalsz_bytes);

	/* API edge cases */
	CHECK(rte_malloc(NULL, 0, 0) == NULL, "size 0");
	CHECK(rte_malloc(NULL, 64, 3) == NULL, "align 3");
	CHECK(rte_malloc_socket(NULL, 64, 0, RTE_MAX_NUMA_NODES) == NULL, "socket");
	{
		volatile size_t huge_n = SIZE_MAX / 2;	/* hide it from -Walloc-size */

		CHECK(rte_calloc(NULL, huge_n, 4, 0) == NULL, "calloc overflow");
	}
	rte_free(NULL);
	p = rte_zmalloc("z", 1000, 256);
	CHECK(p != NULL && ((uintptr_t)p & 255) == 0, "zmalloc aligned");
	for (i = 0; p != NULL && i < 1000; i++)
		if (p[i] != 0) {
			CHECK(0, "zmalloc byte %d not zero", i);
			break;
		}
	CHECK(rte_malloc_validate(p, &sz) == 0 && sz >= 1000, "validate %zu", sz);
	CHECK(rte_malloc_virt2iova(p) == (uintptr_t)p, "IOVA=VA in no-huge");
	memset(p, 0x5a, 1000);
	q = rte_realloc(p, 100000, 0);
	CHECK(q != NULL && q[999] == 0x5a && q[0] == 0x5a, "realloc keeps data");
	rte_free(q);
	/* a stray pointer is reported, not a crash */
	{
		char local[128];

		CHECK(rte_malloc_validate(local + 64, NULL) == -1, "stack ptr");
		rte_free(local + 64);
	}

	/* two lcores allocate/free at random with checked contents */
	CHECK(rte_eal_remote_launch(malloc_stress, &args[1], 1) == 0, "launch");
	malloc_stress(&args[0]);
	rte_eal_wait_lcore(1);
	CHECK(args[0].errors == 0 && args[1].errors == 0, "stress errors %d %d",
		args[0].errors, args[1].errors);

	rte_malloc_get_socket_stats(0, &st);
	CHECK(st.alloc_count == 0, "blocks left: %u", st.alloc_count);
	CHECK(st.heap_allocsz_bytes == 0, "bytes left: %zu", st.heap_allocsz_bytes);
	CHECK(st.free_count == 1, "free list not coalesced: %u blocks",
		st.free_count);
	/* memory mapped on demand went back; the -m part stays */
	CHECK(st.heap_totalsz_bytes == st0.heap_totalsz_bytes,
		"heap size %zu -> %zu", st0.heap_totalsz_bytes,
		st.heap_totalsz_bytes);

	/* growth beyond the preallocated memory, then shrink; the memory
	 * event callbacks (what VFIO uses to map DMA) see both */
	CHECK(rte_mem_event_callback_register("test", mem_event_cb, NULL) == 0,
		"mem event register");
	CHECK(rte_mem_event_callback_register("test", mem_event_cb, NULL) == -1 &&
		rte_errno == EEXIST, "mem event duplicate");
	p = rte_malloc(NULL, 96u << 20, 0);
	CHECK(p != NULL, "96 MiB beyond -m");
	if (p != NULL) {
		size_t contig = 0;

		memset(p, 1, 96u << 20);
		rte_malloc_get_socket_stats(0, &st);
		CHECK(st.heap_totalsz_bytes > st0.heap_totalsz_bytes, "grew");
		CHECK(ev_alloc_len == st.heap_totalsz_bytes - st0.heap_totalsz_bytes &&
			(uintptr_t)p > (uintptr_t)ev_alloc_addr &&
			(uintptr_t)p < (uintptr_t)ev_alloc_addr + ev_alloc_len,
			"ALLOC event: %zu bytes", ev_alloc_len);
		CHECK(rte_mem_virt2memseg_list(p) != NULL &&
			rte_mem_virt2memseg(p, NULL) != NULL, "memseg lookups");
		rte_memseg_contig_walk(contig_sum, &contig);
		CHECK(contig == rte_eal_get_physmem_size() &&
			contig == st.heap_totalsz_bytes, "contig walk %zu", contig);
		rte_free(p);
		rte_malloc_get_socket_stats(0, &st);
		CHECK(st.heap_totalsz_bytes == st0.heap_totalsz_bytes,
			"shrank back: %zu", st.heap_totalsz_bytes);
		CHECK(ev_free_len == ev_alloc_len, "FREE event: %zu bytes",
			ev_free_len);
	}
	CHECK(rte_mem_event_callback_unregister("test", NULL) == 0, "unregister");
}

struct mz_arg {
	int id;
	int errors;
};

static int
memzone_stress(void *p)
{
	struct mz_arg *a = p;
	const struct rte_memzone *mz[64];
	char name[RTE_MEMZONE_NAMESIZE];
	unsigned int i, r, k;

	for (r = 0; r < 50; r++) {
		for (i = 0; i < RTE_DIM(mz); i++) {
			unsigned int align = 64u << rte_rand_max(7);
			size_t len = 1 + (size_t)rte_rand_max(20000);

			snprintf(name, sizeof(name), "mz_%d_%u", a->id, i);
			mz[i] = rte_memzone_reserve_aligned(name, len,
				SOCKET_ID_ANY, 0, align);
			if (mz[i] == NULL || ((uintptr_t)mz[i]->addr & (align - 1)) ||
			    mz[i]->len < len) {
				a->errors++;
				continue;
			}
			memset(mz[i]->addr, (int)i, mz[i]->len);
		}
		for (i = 0; i < RTE_DIM(mz); i++) {
			if (mz[i] == NULL)
				continue;
			for (k = 0; k < mz[i]->len; k++)
				if (((uint8_t *)mz[i]->addr)[k] != (uint8_t)i) {
					a->errors++;
					break;
				}
			if (rte_memzone_lookup(mz[i]->name) != mz[i])
				a->errors++;
			if (rte_memzone_free(mz[i]) != 0)
				a->errors++;
		}
	}
	return a->errors;
}

static void
count_mz(const struct rte_memzone *mz, void *arg)
{
	RTE_SET_USED(mz);
	(*(unsigned int *)arg)++;
}

static void
test_memzone(void)
{
	const struct rte_memzone *mz, *mz2;
	struct mz_arg args[2] = { { 0, 0 }, { 1, 0 } };
	struct rte_malloc_socket_stats st;
	unsigned int n = 0, i;
	static const struct rte_memzone *many[RTE_MAX_MEMZONE];

	mz = rte_memzone_reserve("zone_a", 10000, SOCKET_ID_ANY, 0);
	CHECK(mz != NULL && mz->len >= 10000 &&
		mz->iova == rte_mem_virt2iova(mz->addr) &&
		(rte_eal_iova_mode() == RTE_IOVA_PA ||
		 mz->iova == (uintptr_t)mz->addr), "reserve");
	CHECK(mz != NULL && rte_eal_iova_mode() == RTE_IOVA_PA &&
		rte_eal_has_hugepages() ? mz->iova != (uintptr_t)mz->addr &&
		mz->hugepage_sz == RTE_PGSIZE_2M : 1, "PA memzone");
	rte_memzone_free(mz);
	/* IOVA-contiguous across pages: every page's IOVA follows on */
	mz = rte_memzone_reserve_aligned("zone_contig", 5u << 20, SOCKET_ID_ANY,
		RTE_MEMZONE_IOVA_CONTIG, 4096);
	if (mz != NULL) {
		size_t off;

		for (off = 0; off < mz->len; off += 4096)
			if (rte_mem_virt2iova(RTE_PTR_ADD(mz->addr, off)) !=
			    mz->iova + off) {
				CHECK(0, "IOVA jumps at offset %zu", off);
				break;
			}
		rte_memzone_free(mz);
	} else {
		/* with IOVA as PA the pages may be scattered: ENOMEM */
		CHECK(rte_eal_iova_mode() == RTE_IOVA_PA && rte_errno == ENOMEM,
			"contig memzone: %s", rte_strerror(rte_errno));
	}
	mz = rte_memzone_reserve("zone_a", 10000, SOCKET_ID_ANY, 0);
	CHECK(mz != NULL, "reserve again");
	CHECK(rte_memzone_reserve("zone_a", 100, SOCKET_ID_ANY, 0) == NULL &&
		rte_errno == EEXIST, "EEXIST: %d", rte_errno);
	CHECK(rte_memzone_reserve_aligned("zone_b", 100, SOCKET_ID_ANY, 0, 3)
		== NULL && rte_errno == EINVAL, "bad align");
	CHECK(rte_memzone_reserve("this_name_is_far_too_long_for_a_memzone",
		100, SOCKET_ID_ANY, 0) == NULL && rte_errno == ENAMETOOLONG,
		"long name");
	CHECK(rte_memzone_reserve("zone_c", 100, 99, 0) == NULL &&
		rte_errno == EINVAL, "bad socket");
	mz2 = rte_memzone_reserve_bounded("zone_bounded", 3000, SOCKET_ID_ANY,
		0, 64, 4096);
	CHECK(mz2 != NULL && ((uintptr_t)mz2->addr & ~4095ul) ==
		(((uintptr_t)mz2->addr + mz2->len - 1) & ~4095ul), "bounded");
	CHECK(rte_memzone_lookup("zone_a") == mz, "lookup");
	CHECK(rte_memzone_lookup("nope") == NULL, "lookup missing");
	rte_memzone_walk(count_mz, &n);
	CHECK(n == 2, "walk saw %u", n);
	CHECK(rte_memzone_free(mz) == 0 && rte_memzone_free(mz2) == 0, "free");
	CHECK(rte_memzone_free(mz) == -EINVAL, "double free");
	CHECK(rte_memzone_lookup("zone_a") == NULL, "freed lookup");

	/* all slots: the next one is ENOSPC */
	for (i = 0; i < RTE_MAX_MEMZONE; i++) {
		char name[32];

		snprintf(name, sizeof(name), "many%u", i);
		many[i] = rte_memzone_reserve(name, 64, SOCKET_ID_ANY, 0);
		if (many[i] == NULL) {
			CHECK(0, "slot %u: %s", i, rte_strerror(rte_errno));
			break;
		}
	}
	CHECK(rte_memzone_reserve("one_more", 64, SOCKET_ID_ANY, 0) == NULL &&
		rte_errno == ENOSPC, "ENOSPC: %d", rte_errno);
	for (i = 0; i < RTE_MAX_MEMZONE; i++)
		if (many[i] != NULL)
			rte_memzone_free(many[i]);

	/* two lcores reserve/check/free concurrently */
	CHECK(rte_eal_remote_launch(memzone_stress, &args[1], 1) == 0, "launch");
	memzone_stress(&args[0]);
	rte_eal_wait_lcore(1);
	CHECK(args[0].errors == 0 && args[1].errors == 0, "errors %d %d",
		args[0].errors, args[1].errors);
	n = 0;
	rte_memzone_walk(count_mz, &n);
	CHECK(n == 0, "memzones left: %u", n);
	rte_malloc_get_socket_stats(0, &st);
	CHECK(st.alloc_count == 0 && st.heap_allocsz_bytes == 0,
		"heap not empty: %u blocks", st.alloc_count);
}

/* --- logging ------------------------------------------------------------------ */

static void
test_log(void)
{
	char buf[4096];
	FILE *f = fmemopen(buf, sizeof(buf), "w");
	int t1, t2, t3;

	memset(buf, 0, sizeof(buf));
	/* --log-level 'pmd.test.*:debug' was given on the command line */
	t1 = rte_log_register("pmd.test.one");
	t2 = rte_log_register_type_and_pick_level("lib.test.two", RTE_LOG_WARNING);
	CHECK(t1 >= RTE_LOGTYPE_FIRST_EXT_ID && t2 > t1, "ids %d %d", t1, t2);
	CHECK(rte_log_register("pmd.test.one") == t1, "re-register same id");
	CHECK(rte_log_get_level(t1) == (int)RTE_LOG_DEBUG,
		"pattern from --log-level: %d", rte_log_get_level(t1));
	CHECK(rte_log_get_level(t2) == (int)RTE_LOG_WARNING, "default %d",
		rte_log_get_level(t2));
	CHECK(rte_log_get_level(RTE_LOGTYPE_EAL) == (int)RTE_LOG_INFO, "eal info");
	CHECK(rte_log_get_level(100000) == -1, "bad type");
	CHECK(rte_log_set_level(t2, 99) == -1, "bad level");

	rte_openlog_stream(f);
	rte_log(RTE_LOG_INFO, t2, "hidden-info\n");
	rte_log(RTE_LOG_ERR, t2, "shown-err\n");
	rte_log(RTE_LOG_DEBUG, t1, "shown-debug\n");
	CHECK(rte_log_set_level_pattern("lib.test.*", RTE_LOG_DEBUG) == 0, "glob");
	rte_log(RTE_LOG_DEBUG, t2, "now-shown\n");
	CHECK(rte_log_set_level_regexp("^pmd\\.test\\..*$", RTE_LOG_ERR) == 0,
		"regex");
	rte_log(RTE_LOG_WARNING, t1, "regex-hidden\n");
	/* a type registered after a pattern gets the pattern's level */
	t3 = rte_log_register("pmd.test.late");
	CHECK(rte_log_get_level(t3) == (int)RTE_LOG_ERR, "late type %d",
		rte_log_get_level(t3));
	rte_log_set_global_level(RTE_LOG_CRIT);
	rte_log(RTE_LOG_ERR, t1, "global-hidden\n");
	rte_log_set_global_level(RTE_LOG_DEBUG);
	RTE_LOG(ERR, USER1, "user1-%d\n", 42);
	CHECK(rte_log_can_log(t2, RTE_LOG_DEBUG) && !rte_log_can_log(t1,
		RTE_LOG_INFO), "can_log");
	fflush(f);
	rte_openlog_stream(NULL);
	fclose(f);
	CHECK(strcmp(buf, "shown-err\nshown-debug\nnow-shown\nUSER1: user1-42\n")
		== 0, "log output was:\n%s", buf);
}

/* --- interrupts and alarms ------------------------------------------------------ */

static int intr_count;
static uint64_t intr_sum;

static void
intr_cb(void *arg)
{
	uint64_t v;
	int fd = *(int *)arg;

	if (read(fd, &v, sizeof(v)) == sizeof(v))
		intr_sum += v;
	__atomic_fetch_add(&intr_count, 1, __ATOMIC_RELEASE);
}

static bool
wait_for(int *counter, int value, unsigned int ms)
{
	while (__atomic_load_n(counter, __ATOMIC_ACQUIRE) < value && ms-- > 0)
		rte_delay_us_sleep(1000);
	return __atomic_load_n(counter, __ATOMIC_ACQUIRE) >= value;
}

static struct rte_intr_handle *pending_h;
static int pending_ucb_calls, pending_cb_calls;

static void
pending_ucb(struct rte_intr_handle *h, void *arg)
{
	RTE_SET_USED(h);
	RTE_SET_USED(arg);
	__atomic_fetch_add(&pending_ucb_calls, 1, __ATOMIC_RELEASE);
}

/* removes itself from inside the interrupt thread */
static void
self_removing_cb(void *arg)
{
	uint64_t v;

	if (read(*(int *)arg, &v, sizeof(v)) < 0)
		return;
	if (rte_intr_callback_unregister_pending(pending_h, self_removing_cb,
			arg, pending_ucb) != 1)
		return;
	__atomic_fetch_add(&pending_cb_calls, 1, __ATOMIC_RELEASE);
}

static void
test_intr_pending(void)
{
	int efd = eventfd(0, EFD_NONBLOCK);
	uint64_t one = 1;

	pending_h = rte_intr_instance_alloc(0);
	rte_intr_fd_set(pending_h, efd);
	rte_intr_type_set(pending_h, RTE_INTR_HANDLE_EXT);
	CHECK(rte_intr_callback_register(pending_h, self_removing_cb, &efd) == 0,
		"register");
	CHECK(rte_intr_callback_unregister_pending(pending_h, self_removing_cb,
		&efd, NULL) == -EAGAIN, "pending outside a callback");
	CHECK(write(efd, &one, sizeof(one)) == sizeof(one), "write");
	CHECK(wait_for(&pending_ucb_calls, 1, 2000), "unregister callback ran");
	CHECK(write(efd, &one, sizeof(one)) == sizeof(one), "write again");
	rte_delay_us_sleep(50000);
	CHECK(pending_cb_calls == 1 && pending_ucb_calls == 1,
		"callback ran %d times after removing itself", pending_cb_calls);
	CHECK(rte_intr_callback_unregister(pending_h, self_removing_cb, &efd) ==
		-ENOENT, "already gone");
	rte_intr_instance_free(pending_h);
	close(efd);
}

static void
test_intr(void)
{
	struct rte_intr_handle *h = rte_intr_instance_alloc(0);
	int efd = eventfd(0, EFD_NONBLOCK);
	uint64_t one = 1;
	int i;

	CHECK(h != NULL && efd >= 0, "alloc");
	CHECK(rte_intr_fd_get(h) == -1 && rte_intr_callback_register(h, intr_cb,
		&efd) == -EINVAL, "fd -1 rejected");
	rte_intr_fd_set(h, efd);
	rte_intr_type_set(h, RTE_INTR_HANDLE_EXT);
	CHECK(rte_intr_fd_get(h) == efd &&
		rte_intr_type_get(h) == RTE_INTR_HANDLE_EXT, "accessors");
	CHECK(rte_intr_callback_register(h, intr_cb, &efd) == 0, "register");
	CHECK(rte_intr_callback_register(h, intr_cb, &efd) == -EEXIST, "dup");
	for (i = 0; i < 5; i++) {
		CHECK(write(efd, &one, sizeof(one)) == sizeof(one), "write");
		CHECK(wait_for(&intr_count, i + 1, 2000), "callback %d fired", i);
	}
	CHECK(intr_count == 5 && intr_sum == 5, "count %d sum %" PRIu64,
		intr_count, intr_sum);
	CHECK(rte_intr_callback_unregister(h, intr_cb, (void *)-1) == 1,
		"unregister");
	CHECK(write(efd, &one, sizeof(one)) == sizeof(one), "write");
	rte_delay_us_sleep(50000);
	CHECK(intr_count == 5, "fired after unregister: %d", intr_count);
	CHECK(rte_intr_callback_unregister(h, intr_cb, &efd) == -ENOENT, "ENOENT");

	/* Rx-style vectors: eventfds and the per-thread epoll */
	rte_intr_type_set(h, RTE_INTR_HANDLE_VDEV);
	CHECK(rte_intr_efd_enable(h, 2) == 0 && rte_intr_nb_efd_get(h) == 2 &&
		rte_intr_dp_is_en(h) && rte_intr_cap_multiple(h), "efd enable");
	CHECK(rte_intr_rx_ctl(h, RTE_EPOLL_PER_THREAD, RTE_INTR_EVENT_ADD, 2,
		(void *)0x1234) == 0, "rx ctl add");
	{
		struct rte_epoll_event ev[2];
		int fd1 = rte_intr_efds_index_get(h, 1);

		CHECK(write(fd1, &one, sizeof(one)) == sizeof(one), "efd write");
		CHECK(rte_epoll_wait(RTE_EPOLL_PER_THREAD, ev, 2, 1000) == 1 &&
			ev[0].epdata.data == (void *)0x1234 && ev[0].fd == fd1,
			"epoll wait");
		CHECK(rte_epoll_wait(RTE_EPOLL_PER_THREAD, ev, 2, 10) == 0,
			"no event left");
	}
	CHECK(rte_intr_rx_ctl(h, RTE_EPOLL_PER_THREAD, RTE_INTR_EVENT_DEL, 2,
		NULL) == 0, "rx ctl del");
	rte_intr_efd_disable(h);
	CHECK(rte_intr_enable(h) == 0, "vdev enable is a no-op");
	rte_intr_type_set(h, RTE_INTR_HANDLE_EXT);
	CHECK(rte_intr_enable(h) == -1, "EXT enable unsupported");
	rte_intr_instance_free(h);
	close(efd);
	test_intr_pending();
}

static int alarm_order[8];
static int alarm_n;

static void
alarm_cb(void *arg)
{
	int n = __atomic_load_n(&alarm_n, __ATOMIC_RELAXED);

	if (n < 8)
		alarm_order[n] = (int)(uintptr_t)arg;
	CHECK(rte_thread_is_intr(), "alarm not in the interrupt thread");
	__atomic_store_n(&alarm_n, n + 1, __ATOMIC_RELEASE);
}

static void
test_alarm(void)
{
	uint64_t t0 = rte_get_timer_cycles(), dt;
	int n;

	CHECK(rte_eal_alarm_set(0, alarm_cb, NULL) == -EINVAL, "0 us");
	CHECK(rte_eal_alarm_set(10, NULL, NULL) == -EINVAL, "no cb");
	CHECK(rte_eal_alarm_set(30000, alarm_cb, (void *)3) == 0, "set 3");
	CHECK(rte_eal_alarm_set(10000, alarm_cb, (void *)1) == 0, "set 1");
	CHECK(rte_eal_alarm_set(20000, alarm_cb, (void *)2) == 0, "set 2");
	CHECK(rte_eal_alarm_set(25000, alarm_cb, (void *)9) == 0, "set 9");
	CHECK(rte_eal_alarm_cancel(alarm_cb, (void *)9) == 1, "cancel one");
	CHECK(wait_for(&alarm_n, 3, 2000), "3 alarms fired: %d", alarm_n);
	dt = (rte_get_timer_cycles() - t0) * 1000 / rte_get_timer_hz();
	CHECK(dt >= 30, "fired too early: %" PRIu64 " ms", dt);
	rte_delay_us_sleep(20000);
	n = __atomic_load_n(&alarm_n, __ATOMIC_ACQUIRE);
	CHECK(n == 3 && alarm_order[0] == 1 && alarm_order[1] == 2 &&
		alarm_order[2] == 3, "order %d: %d %d %d", n, alarm_order[0],
		alarm_order[1], alarm_order[2]);
	CHECK(rte_eal_alarm_set(1000000, alarm_cb, (void *)5) == 0, "set far");
	CHECK(rte_eal_alarm_set(1000000, alarm_cb, (void *)6) == 0, "set far 2");
	CHECK(rte_eal_alarm_cancel(alarm_cb, (void *)-1) == 2, "cancel all");
	CHECK(rte_eal_alarm_cancel(alarm_cb, (void *)-1) == 0 &&
		rte_errno == ENOENT, "nothing left");
}

/* --- kvargs ------------------------------------------------------------------ */

static int
kv_sum(const char *key, const char *value, void *opaque)
{
	RTE_SET_USED(key);
	*(int *)opaque += atoi(value);
	return 0;
}

static void
test_kvargs(void)
{
	static const char *const keys[] = { "a", "b", "list", "flag", NULL };
	struct rte_kvargs *kv;
	int sum = 0;

	kv = rte_kvargs_parse("a=1,b=2,a=3,list=[1,2,3],flag", keys);
	CHECK(kv != NULL && kv->count == 5, "parse");
	if (kv != NULL) {
		CHECK(rte_kvargs_count(kv, "a") == 2 && rte_kvargs_count(kv, NULL) == 5,
			"count");
		CHECK(rte_kvargs_process(kv, "a", kv_sum, &sum) == 0 && sum == 4,
			"process sum %d", sum);
		CHECK(strcmp(rte_kvargs_get(kv, "list"), "[1,2,3]") == 0, "list");
		CHECK(rte_kvargs_get(kv, "flag") == NULL &&
			rte_kvargs_count(kv, "flag") == 1, "flag without value");
		CHECK(rte_kvargs_get_with_value(kv, "a", "3") != NULL, "with value");
		rte_kvargs_free(kv);
	}
	CHECK(rte_kvargs_parse("a=1,zz=2", keys) == NULL, "unknown key");
	CHECK(rte_kvargs_parse("a=1,,b=2", keys) == NULL, "empty pair");
	CHECK(rte_kvargs_parse("=1", NULL) == NULL, "no key");
	CHECK(rte_kvargs_parse("list=[1,2", keys) == NULL, "unbalanced");
	CHECK(rte_kvargs_parse("a=1,", keys) == NULL, "trailing comma");
	kv = rte_kvargs_parse("", keys);
	CHECK(kv != NULL && kv->count == 0, "empty string");
	rte_kvargs_free(kv);
	kv = rte_kvargs_parse_delim("a=1,b=2/rest", keys, "/");
	CHECK(kv != NULL && kv->count == 2, "delim");
	rte_kvargs_free(kv);
	CHECK(rte_kvargs_process(NULL, "a", kv_sum, &sum) == 0, "NULL list");
}

/* --- bitmap ------------------------------------------------------------------ */

#define BM_BITS 10000

static void
test_bitmap(void)
{
	static bool ref[BM_BITS];
	uint32_t size = rte_bitmap_get_memory_footprint(BM_BITS), pos, first;
	uint8_t *mem = rte_zmalloc(NULL, size, RTE_CACHE_LINE_SIZE);
	struct rte_bitmap *bmp;
	uint64_t slab;
	unsigned int i, n, found, expect;

	CHECK(rte_bitmap_get_memory_footprint(0) == 0, "footprint 0");
	CHECK(rte_bitmap_init(BM_BITS, mem + 8, size) == NULL, "misaligned");
	CHECK(rte_bitmap_init(BM_BITS, mem, size - 1) == NULL, "too small");
	bmp = rte_bitmap_init(BM_BITS, mem, size);
	CHECK(bmp != NULL && rte_bitmap_scan(bmp, &pos, &slab) == 0, "empty");
	if (bmp == NULL)
		return;
	/* random sets and clears against a reference */
	for (i = 0; i < 50000; i++) {
		pos = (uint32_t)rte_rand_max(BM_BITS);
		if (rte_rand_max(3) == 0) {
			rte_bitmap_clear(bmp, pos);
			ref[pos] = false;
		} else {
			rte_bitmap_set(bmp, pos);
			ref[pos] = true;
		}
	}
	for (i = 0, n = 0; i < BM_BITS; i++)
		n += (!!rte_bitmap_get(bmp, i)) != ref[i];
	CHECK(n == 0, "%u bits differ from the reference", n);
	/* one full scan cycle visits each non-empty slab once, in order */
	rte_bitmap_reset(bmp);
	memset(ref, 0, sizeof(ref));
	for (i = 0; i < BM_BITS; i += 97) {
		rte_bitmap_set(bmp, i);
		ref[i] = true;
	}
	for (i = 0, expect = 0; i < BM_BITS; i += 64) {
		unsigned int k;

		for (k = i; k < i + 64 && k < BM_BITS; k++)
			if (ref[k]) {
				expect++;
				break;
			}
	}
	CHECK(rte_bitmap_scan(bmp, &first, &slab) == 1 && first == 0 && slab == 1,
		"first slab %u %" PRIx64, first, slab);
	found = 1;
	while (rte_bitmap_scan(bmp, &pos, &slab) == 1 && pos != first) {
		for (i = 0; i < 64; i++)
			if (((slab >> i) & 1) !=
			    (pos + i < BM_BITS && ref[pos + i])) {
				CHECK(0, "slab at %u wrong", pos);
				break;
			}
		found++;
		if (found > expect + 1)
			break;
	}
	CHECK(found == expect, "scan found %u slabs, expected %u", found, expect);
	/* all set, then clear everything: empty again */
	bmp = rte_bitmap_init_with_all_set(BM_BITS, mem, size);
	CHECK(rte_bitmap_get(bmp, 0) && rte_bitmap_get(bmp, BM_BITS - 1) &&
		!rte_bitmap_get(bmp, BM_BITS), "all set");
	for (i = 0; i < BM_BITS; i++)
		rte_bitmap_clear(bmp, i);
	CHECK(rte_bitmap_scan(bmp, &pos, &slab) == 0, "cleared bitmap not empty");
	rte_bitmap_set_slab(bmp, 640, 0xf0);
	CHECK(rte_bitmap_scan(bmp, &pos, &slab) == 1 && pos == 640 &&
		slab == 0xf0, "set_slab");
	CHECK(rte_bitmap_free(bmp) == 0, "free");
	rte_free(mem);
}

/* --- misc helpers ----------------------------------------------------------- */

static void
test_misc(void)
{
	char buf[8], s[] = "a,b,,c";
	char *tok[8];

	CHECK(rte_strscpy(buf, "1234567", sizeof(buf)) == 7, "strscpy fits");
	CHECK(rte_strscpy(buf, "123456789", sizeof(buf)) == -E2BIG &&
		strcmp(buf, "1234567") == 0, "strscpy truncates");
	CHECK(rte_strsplit(s, sizeof(s), tok, 8, ',') == 4 &&
		strcmp(tok[3], "c") == 0 && tok[2][0] == '\0', "strsplit");
	CHECK(rte_str_to_size("2M") == 2u << 20 && rte_str_to_size("1G") ==
		1ull << 30 && rte_str_to_size("-1") == 0, "str_to_size");
	CHECK(strcmp(rte_strerror(E_RTE_SECONDARY),
		"Invalid call in secondary process") == 0, "strerror");
	CHECK(rte_rand_max(1) == 0 && rte_rand_max(10) < 10, "rand_max");
	/* the default build needs SSE4.2, so the CPU running it has it */
	CHECK(rte_cpu_get_flag_enabled(RTE_CPUFLAG_SSE4_2) == 1 &&
		strcmp(rte_cpu_get_flag_name(RTE_CPUFLAG_SSE4_2), "SSE4_2") == 0 &&
		rte_cpu_get_flag_enabled(RTE_CPUFLAG_NUMFLAGS) == -ENOENT &&
		rte_cpu_is_supported() == 1, "cpu flags");
	{
		char out[512] = "";
		FILE *f = fmemopen(out, sizeof(out), "w");
		const char data[] = "0123456789abcdefXY";

		rte_hexdump(f, "t", data, 18);
		fclose(f);
		CHECK(strstr(out, "00000000: 30 31 32 33") != NULL &&
			strstr(out, "00000010: 58 59") != NULL &&
			strstr(out, "| XY") != NULL, "hexdump:\n%s", out);
	}
	CHECK(rte_get_tsc_hz() > 100000000ull, "tsc %" PRIu64, rte_get_tsc_hz());
	{
		uint64_t t = rte_rdtsc();

		rte_delay_ms(20);
		t = (rte_rdtsc() - t) * 1000 / rte_get_tsc_hz();
		CHECK(t >= 20 && t < 200, "delay 20 ms took %" PRIu64, t);
	}
}

int
main(int argc, char **argv)
{
	int n = rte_eal_init(argc, argv);
	const char *name;

	if (n < 0) {
		printf("rte_eal_init failed: %s\n", rte_strerror(rte_errno));
		return 100;
	}
	argc -= n;
	argv += n;
	if (argc < 2) {
		printf("usage: test_eal_units <EAL options> -- <test>\n");
		return 100;
	}
	name = argv[1];
	if (strcmp(name, "lcores") == 0)
		test_lcores();
	else if (strcmp(name, "malloc") == 0)
		test_malloc();
	else if (strcmp(name, "memzone") == 0)
		test_memzone();
	else if (strcmp(name, "log") == 0)
		test_log();
	else if (strcmp(name, "intr") == 0)
		test_intr();
	else if (strcmp(name, "alarm") == 0)
		test_alarm();
	else if (strcmp(name, "kvargs") == 0)
		test_kvargs();
	else if (strcmp(name, "misc") == 0)
		test_misc();
	else if (strcmp(name, "bitmap") == 0)
		test_bitmap();
	else {
		printf("unknown test %s\n", name);
		failures = 100;
	}
	if (rte_eal_cleanup() != 0) {
		printf("FAIL rte_eal_cleanup\n");
		failures++;
	}
	printf("%s: %s (%d failures)\n", name, failures ? "FAILED" : "passed",
		failures);
	return failures > 99 ? 99 : failures;
}
