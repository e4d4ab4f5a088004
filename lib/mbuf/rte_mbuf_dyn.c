/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Dynamic mbuf fields and flags. The free space is the dynfield1 area of
 * struct rte_mbuf (a byte map) and ol_flags bits RTE_MBUF_F_FIRST_FREE ..
 * RTE_MBUF_F_LAST_FREE (a bit map). Registrations are process-wide and
 * permanent, under one lock.
 */
#include <stdio.h>
#include <string.h>
#include <limits.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_spinlock.h>

#include "rte_mbuf.h"
#include "rte_mbuf_dyn.h"

#define DYN_MAX_FIELDS 64
#define DYN_MAX_FLAGS 64

struct dyn_field {
	struct rte_mbuf_dynfield params;
	size_t offset;
};

struct dyn_flag {
	struct rte_mbuf_dynflag params;
	unsigned int bitnum;
};

static struct {
	rte_spinlock_t lock;
	int initialised;
	uint8_t byte_free[sizeof(struct rte_mbuf)]; /* 1: usable */
	uint64_t bits_free;                         /* 1: usable */
	struct dyn_field fields[DYN_MAX_FIELDS];
	unsigned int nb_fields;
	struct dyn_flag flags[DYN_MAX_FLAGS];
	unsigned int nb_flags;
} dyn = { .lock = RTE_SPINLOCK_INITIALIZER };

static void
dyn_init_locked(void)
{
	unsigned int bit;
	size_t i;

	if (dyn.initialised)
		return;
	for (i = offsetof(struct rte_mbuf, dynfield1);
	     i < offsetof(struct rte_mbuf, dynfield1) +
		 sizeof(((struct rte_mbuf *)0)->dynfield1); i++)
		dyn.byte_free[i] = 1;
	for (bit = rte_bsf64(RTE_MBUF_F_FIRST_FREE);
	     bit <= rte_bsf64(RTE_MBUF_F_LAST_FREE); bit++)
		dyn.bits_free |= 1ULL << bit;
	dyn.initialised = 1;
}

static struct dyn_field *
dyn_field_find(const char *name)
{
	unsigned int i;

	for (i = 0; i < dyn.nb_fields; i++)
		if (strcmp(dyn.fields[i].params.name, name) == 0)
			return &dyn.fields[i];
	return NULL;
}

static struct dyn_flag *
dyn_flag_find(const char *name)
{
	unsigned int i;

	for (i = 0; i < dyn.nb_flags; i++)
		if (strcmp(dyn.flags[i].params.name, name) == 0)
			return &dyn.flags[i];
	return NULL;
}

static int
dyn_range_free(size_t offset, size_t size)
{
	size_t i;

	if (offset + size > sizeof(struct rte_mbuf) || offset + size < offset)
		return 0;
	for (i = offset; i < offset + size; i++)
		if (!dyn.byte_free[i])
			return 0;
	return 1;
}

static int
dyn_name_ok(const char *name)
{
	size_t len = strnlen(name, RTE_MBUF_DYN_NAMESIZE);

	return len > 0 && len < RTE_MBUF_DYN_NAMESIZE;
}

int
rte_mbuf_dynfield_register_offset(const struct rte_mbuf_dynfield *params,
	size_t req)
{
	struct dyn_field *f;
	size_t offset;
	int ret;

	if (params == NULL || !dyn_name_ok(params->name) ||
	    params->size == 0 || params->flags != 0 ||
	    !rte_is_power_of_2((uint32_t)params->align) ||
	    params->align > sizeof(struct rte_mbuf) ||
	    (req != SIZE_MAX && (req & (params->align - 1)) != 0)) {
		RTE_LOG(ERR, MBUF, "dynamic field: invalid parameters (name, non-zero size, power-of-2 align, flags 0, aligned offset)\n");
		rte_errno = EINVAL;
		return -1;
	}
	rte_spinlock_lock(&dyn.lock);
	dyn_init_locked();
	f = dyn_field_find(params->name);
	if (f != NULL) {
		if (f->params.size != params->size ||
		    f->params.align != params->align ||
		    (req != SIZE_MAX && req != f->offset)) {
			rte_errno = EEXIST;
			ret = -1;
		} else {
			ret = (int)f->offset;
		}
		rte_spinlock_unlock(&dyn.lock);
		return ret;
	}
	if (dyn.nb_fields == DYN_MAX_FIELDS) {
		rte_spinlock_unlock(&dyn.lock);
		rte_errno = ENOMEM;
		return -1;
	}
	if (req != SIZE_MAX) {
		if (!dyn_range_free(req, params->size)) {
			rte_spinlock_unlock(&dyn.lock);
			rte_errno = EBUSY;
			return -1;
		}
		offset = req;
	} else {
		for (offset = 0; offset < sizeof(struct rte_mbuf);
		     offset += params->align)
			if (dyn_range_free(offset, params->size))
				break;
		if (offset >= sizeof(struct rte_mbuf)) {
			rte_spinlock_unlock(&dyn.lock);
			RTE_LOG(ERR, MBUF, "dynamic field '%s': no room left for %zu bytes\n",
				params->name, params->size);
			rte_errno = ENOENT;
			return -1;
		}
	}
	memset(&dyn.byte_free[offset], 0, params->size);
	f = &dyn.fields[dyn.nb_fields++];
	f->params = *params;
	f->offset = offset;
	rte_spinlock_unlock(&dyn.lock);
	return (int)offset;
}

int
rte_mbuf_dynfield_register(const struct rte_mbuf_dynfield *params)
{
	return rte_mbuf_dynfield_register_offset(params, SIZE_MAX);
}

int
rte_mbuf_dynfield_lookup(const char *name, struct rte_mbuf_dynfield *params)
{
	struct dyn_field *f;
	int ret = -1;

	if (name == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	rte_spinlock_lock(&dyn.lock);
	f = dyn_field_find(name);
	if (f != NULL) {
		if (params != NULL)
			*params = f->params;
		ret = (int)f->offset;
	}
	rte_spinlock_unlock(&dyn.lock);
	if (ret < 0)
		rte_errno = ENOENT;
	return ret;
}

int
rte_mbuf_dynflag_register_bitnum(const struct rte_mbuf_dynflag *params,
	unsigned int req)
{
	struct dyn_flag *fl;
	unsigned int bit;
	int ret;

	if (params == NULL || !dyn_name_ok(params->name) ||
	    params->flags != 0 || (req != UINT_MAX && req >= 64)) {
		RTE_LOG(ERR, MBUF, "dynamic flag: invalid parameters (name, flags 0, bit < 64)\n");
		rte_errno = EINVAL;
		return -1;
	}
	rte_spinlock_lock(&dyn.lock);
	dyn_init_locked();
	fl = dyn_flag_find(params->name);
	if (fl != NULL) {
		if (req != UINT_MAX && req != fl->bitnum) {
			rte_errno = EEXIST;
			ret = -1;
		} else {
			ret = (int)fl->bitnum;
		}
		rte_spinlock_unlock(&dyn.lock);
		return ret;
	}
	if (req != UINT_MAX) {
		if (!(dyn.bits_free & (1ULL << req))) {
			rte_spinlock_unlock(&dyn.lock);
			rte_errno = EBUSY;
			return -1;
		}
		bit = req;
	} else {
		if (dyn.bits_free == 0 || dyn.nb_flags == DYN_MAX_FLAGS) {
			rte_spinlock_unlock(&dyn.lock);
			RTE_LOG(ERR, MBUF, "dynamic flag '%s': no free ol_flags bit left\n",
				params->name);
			rte_errno = ENOENT;
			return -1;
		}
		bit = rte_bsf64(dyn.bits_free);
	}
	dyn.bits_free &= ~(1ULL << bit);
	fl = &dyn.flags[dyn.nb_flags++];
	fl->params = *params;
	fl->bitnum = bit;
	rte_spinlock_unlock(&dyn.lock);
	return (int)bit;
}

int
rte_mbuf_dynflag_register(const struct rte_mbuf_dynflag *params)
{
	return rte_mbuf_dynflag_register_bitnum(params, UINT_MAX);
}

int
rte_mbuf_dynflag_lookup(const char *name, struct rte_mbuf_dynflag *params)
{
	struct dyn_flag *fl;
	int ret = -1;

	if (name == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	rte_spinlock_lock(&dyn.lock);
	fl = dyn_flag_find(name);
	if (fl != NULL) {
		if (params != NULL)
			*params = fl->params;
		ret = (int)fl->bitnum;
	}
	rte_spinlock_unlock(&dyn.lock);
	if (ret < 0)
		rte_errno = ENOENT;
	return ret;
}

void
rte_mbuf_dyn_dump(FILE *out)
{
	unsigned int i, free_bytes = 0;

	if (out == NULL)
		out = stdout;
	rte_spinlock_lock(&dyn.lock);
	dyn_init_locked();
	fprintf(out, "Reserved fields:\n");
	for (i = 0; i < dyn.nb_fields; i++)
		fprintf(out, "  name=%s offset=%zu size=%zu align=%zu flags=%x\n",
			dyn.fields[i].params.name, dyn.fields[i].offset,
			dyn.fields[i].params.size, dyn.fields[i].params.align,
			dyn.fields[i].params.flags);
	fprintf(out, "Reserved flags:\n");
	for (i = 0; i < dyn.nb_flags; i++)
		fprintf(out, "  name=%s bitnum=%u flags=%x\n",
			dyn.flags[i].params.name, dyn.flags[i].bitnum,
			dyn.flags[i].params.flags);
	for (i = 0; i < sizeof(dyn.byte_free); i++)
		free_bytes += dyn.byte_free[i];
	fprintf(out, "Free space in mbuf: %u bytes\n", free_bytes);
	fprintf(out, "Free bits in ol_flags: %d\n",
		__builtin_popcountll(dyn.bits_free));
	rte_spinlock_unlock(&dyn.lock);
}

/* Register the timestamp field plus the named flag. */
static int
dyn_timestamp_register(const char *flag_name, int *field_offset,
	uint64_t *flag)
{
	static const struct rte_mbuf_dynfield field_desc = {
		.name = RTE_MBUF_DYNFIELD_TIMESTAMP_NAME,
		.size = sizeof(rte_mbuf_timestamp_t),
		.align = __alignof__(rte_mbuf_timestamp_t),
	};
	struct rte_mbuf_dynflag flag_desc = { .flags = 0 };
	int offset, bit;

	snprintf(flag_desc.name, sizeof(flag_desc.name), "%s", flag_name);
	offset = rte_mbuf_dynfield_register(&field_desc);
	if (offset < 0)
		return -1;
	bit = rte_mbuf_dynflag_register(&flag_desc);
	if (bit < 0)
		return -1;
	if (field_offset != NULL)
		*field_offset = offset;
	if (flag != NULL)
		*flag = 1ULL << bit;
	return 0;
}

int
rte_mbuf_dyn_rx_timestamp_register(int *field_offset, uint64_t *rx_flag)
{
	return dyn_timestamp_register(RTE_MBUF_DYNFLAG_RX_TIMESTAMP_NAME,
		field_offset, rx_flag);
}

int
rte_mbuf_dyn_tx_timestamp_register(int *field_offset, uint64_t *tx_flag)
{
	return dyn_timestamp_register(RTE_MBUF_DYNFLAG_TX_TIMESTAMP_NAME,
		field_offset, tx_flag);
}
