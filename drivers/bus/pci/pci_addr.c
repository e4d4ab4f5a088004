/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * PCI addresses: parsing "DDDD:BB:DD.F" / "BB:DD.F", printing, ordering.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "rte_pci.h"

/* Parse a hex field of at most max_digits that ends with sep. */
static const char *
parse_hex_field(const char *s, unsigned int max_digits, char sep,
		unsigned long max, unsigned long *out)
{
	unsigned long v = 0;
	unsigned int n = 0;

	while (isxdigit((unsigned char)*s) && n < max_digits) {
		int c = tolower((unsigned char)*s);

		v = v * 16 + (unsigned long)(isdigit(c) ? c - '0' : c - 'a' + 10);
		s++;
		n++;
	}
	if (n == 0 || *s != sep || v > max)
		return NULL;
	*out = v;
	return sep == '\0' ? s : s + 1;
}

int
rte_pci_addr_parse(const char *str, struct rte_pci_addr *addr)
{
	unsigned long dom = 0, bus, dev, fn;
	const char *p = str;
	const char *colon2;

	if (str == NULL || addr == NULL)
		return -1;
	/* A domain is present when there are two colons. */
	colon2 = strchr(str, ':');
	if (colon2 != NULL && strchr(colon2 + 1, ':') != NULL) {
		p = parse_hex_field(p, 8, ':', UINT32_MAX, &dom);
		if (p == NULL)
			return -1;
	}
	p = parse_hex_field(p, 2, ':', 0xff, &bus);
	if (p == NULL)
		return -1;
	p = parse_hex_field(p, 2, '.', 0x1f, &dev);
	if (p == NULL)
		return -1;
	p = parse_hex_field(p, 1, '\0', 7, &fn);
	if (p == NULL)
		return -1;
	addr->domain = (uint32_t)dom;
	addr->bus = (uint8_t)bus;
	addr->devid = (uint8_t)dev;
	addr->function = (uint8_t)fn;
	return 0;
}

void
rte_pci_device_name(const struct rte_pci_addr *addr, char *output,
		size_t size)
{
	snprintf(output, size, PCI_PRI_FMT, addr->domain, addr->bus,
		addr->devid, addr->function);
}

int
rte_pci_addr_cmp(const struct rte_pci_addr *a, const struct rte_pci_addr *b)
{
	uint64_t ka, kb;

	if (a == NULL || b == NULL)
		return -1;
	ka = ((uint64_t)a->domain << 24) | ((uint64_t)a->bus << 16) |
		((uint64_t)a->devid << 8) | a->function;
	kb = ((uint64_t)b->domain << 24) | ((uint64_t)b->bus << 16) |
		((uint64_t)b->devid << 8) | b->function;
	return ka < kb ? -1 : ka > kb ? 1 : 0;
}
