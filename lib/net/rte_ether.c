/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * MAC address formatting, parsing and random generation.
 */
#include <stdio.h>
#include <string.h>
#include <ctype.h>

#include <rte_errno.h>
#include <rte_random.h>

#include "rte_ether.h"

void
rte_eth_random_addr(uint8_t *addr)
{
	uint64_t r = rte_rand();

	memcpy(addr, &r, RTE_ETHER_ADDR_LEN);
	addr[0] &= (uint8_t)~RTE_ETHER_GROUP_ADDR;	/* unicast */
	addr[0] |= RTE_ETHER_LOCAL_ADMIN_ADDR;	/* not IEEE assigned */
}

void
rte_ether_format_addr(char *buf, uint16_t size,
		const struct rte_ether_addr *eth_addr)
{
	snprintf(buf, size, RTE_ETHER_ADDR_PRT_FMT,
		RTE_ETHER_ADDR_BYTES(eth_addr));
}

/* Parse up to max_digits hex digits at *s into *v; returns digits read. */
static int
parse_hex(const char **s, unsigned int max_digits, unsigned int *v)
{
	unsigned int n = 0;
	int c;

	*v = 0;
	while (n < max_digits && isxdigit((unsigned char)**s)) {
		c = tolower((unsigned char)**s);
		*v = *v * 16 + (unsigned int)(isdigit(c) ? c - '0' : c - 'a' + 10);
		(*s)++;
		n++;
	}
	return (int)n;
}

/* Parse count groups of exactly digits hex digits separated by sep
 * (DPDK 22.11 accepts neither shorter groups nor other separators). */
static int
parse_groups(const char *s, unsigned int count, unsigned int digits, char sep,
		unsigned int *out)
{
	unsigned int i;

	for (i = 0; i < count; i++) {
		if (i > 0 && *s++ != sep)
			return -1;
		if (parse_hex(&s, digits, &out[i]) != (int)digits)
			return -1;
	}
	return *s == '\0' ? 0 : -1;
}

int
rte_ether_unformat_addr(const char *s, struct rte_ether_addr *ea)
{
	unsigned int v[6], i;

	if (s == NULL || ea == NULL)
		goto bad;
	if (parse_groups(s, 6, 2, ':', v) == 0) {
		for (i = 0; i < 6; i++)
			ea->addr_bytes[i] = (uint8_t)v[i];
		return 0;
	}
	if (parse_groups(s, 3, 4, ':', v) == 0) {	/* XXXX:XXXX:XXXX */
		for (i = 0; i < 3; i++) {
			ea->addr_bytes[2 * i] = (uint8_t)(v[i] >> 8);
			ea->addr_bytes[2 * i + 1] = (uint8_t)v[i];
		}
		return 0;
	}
bad:
	rte_errno = EINVAL;
	return -1;
}
