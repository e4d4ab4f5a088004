/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * rte_rand: xoshiro256** generator (Blackman & Vigna), one state per
 * lcore plus a locked shared state for threads without an lcore id.
 */
#include <stdint.h>
#include <time.h>

#include <rte_common.h>
#include <rte_lcore.h>
#include <rte_random.h>
#include <rte_cycles.h>
#include <rte_spinlock.h>

struct rand_state {
	uint64_t s[4];
} __rte_cache_aligned;

static struct rand_state lcore_states[RTE_MAX_LCORE];
static struct rand_state unreg_state;
static rte_spinlock_t unreg_lock = RTE_SPINLOCK_INITIALIZER;

/* splitmix64 spreads a seed into well-mixed state words */
static uint64_t
splitmix64(uint64_t *x)
{
	uint64_t z = (*x += UINT64_C(0x9e3779b97f4a7c15));

	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

static void
state_seed(struct rand_state *st, uint64_t seed)
{
	int i;

	for (i = 0; i < 4; i++)
		st->s[i] = splitmix64(&seed);
}

void
rte_srand(uint64_t seedval)
{
	unsigned int i;

	for (i = 0; i < RTE_MAX_LCORE; i++)
		state_seed(&lcore_states[i], seedval + i * UINT64_C(0x1000193));
	state_seed(&unreg_state, seedval ^ UINT64_C(0xa5a5a5a5a5a5a5a5));
}

static inline uint64_t
rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static uint64_t
state_next(struct rand_state *st)
{
	uint64_t *s = st->s;
	uint64_t result = rotl(s[1] * 5, 7) * 9;
	uint64_t t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}

uint64_t
rte_rand(void)
{
	unsigned int id = rte_lcore_id();
	uint64_t v;

	if (id < RTE_MAX_LCORE)
		return state_next(&lcore_states[id]);
	rte_spinlock_lock(&unreg_lock);
	v = state_next(&unreg_state);
	rte_spinlock_unlock(&unreg_lock);
	return v;
}

uint64_t
rte_rand_max(uint64_t upper_bound)
{
	uint64_t mask, v;

	if (upper_bound < 2)
		return 0;
	/* rejection sampling on the smallest covering power of two:
	 * unbiased and at most 2 draws on average */
	mask = rte_combine64ms1b(upper_bound - 1);
	do {
		v = rte_rand() & mask;
	} while (v >= upper_bound);
	return v;
}

double
rte_drand(void)
{
	/* 53 random bits fill a double's mantissa exactly */
	return (double)(rte_rand() >> 11) * 0x1.0p-53;
}

RTE_INIT(rte_rand_init)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	rte_srand(rte_rdtsc() ^ (uint64_t)ts.tv_nsec);
}
