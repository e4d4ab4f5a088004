/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * l3fwd route tables: IPv4 and IPv6 LPM tables filled from rule files
 * (DPDK 22.11 l3fwd format) or from a built-in table.
 *
 * Rule file format, one rule per line:
 *     R<address>/<depth> <port>
 * e.g. "R198.18.0.0/24 0" or "R2001:200::/64 1"; lines starting with '#'
 * and blank lines are ignored.  Rules whose port is not in the port mask
 * are skipped (and reported).
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_lpm.h>
#include <rte_lpm6.h>

#include "l3fwd.h"

#define LPM_MAX_RULES 1024
#define LPM_TBL8S 256
#define LPM6_MAX_RULES 1024
#define LPM6_TBL8S (1 << 16)
#define NB_BUILTIN_ROUTES 16

static struct rte_lpm *lpm4;
static struct rte_lpm6 *lpm6;

struct rule {
	int family;      /* AF_INET or AF_INET6 */
	uint8_t addr[16];
	uint8_t depth;
	uint16_t port;
};

/* Parses "R<addr>/<depth> <port>"; 0, or -1 with a message naming the
 * problem in err. */
static int
parse_rule(char *line, int family, struct rule *r, char *err, size_t errlen)
{
	char addr[INET6_ADDRSTRLEN + 1], trail;
	unsigned int depth, port;
	unsigned int max_depth = family == AF_INET ? 32 : 128;

	if (line[0] != 'R') {
		snprintf(err, errlen, "a rule starts with 'R' (R<address>/<depth> <port>)");
		return -1;
	}
	if (sscanf(line + 1, "%46[0-9a-fA-F.:]/%u %u %c", addr, &depth, &port,
			&trail) != 3) {
		snprintf(err, errlen, "expected R<address>/<depth> <port>");
		return -1;
	}
	if (inet_pton(family, addr, r->addr) != 1) {
		snprintf(err, errlen, "'%s' is not an IPv%d address", addr,
			family == AF_INET ? 4 : 6);
		return -1;
	}
	if (depth < 1 || depth > max_depth) {
		snprintf(err, errlen, "depth %u is not in 1-%u", depth, max_depth);
		return -1;
	}
	if (port >= RTE_MAX_ETHPORTS) {
		snprintf(err, errlen, "port %u is not below %d", port, RTE_MAX_ETHPORTS);
		return -1;
	}
	r->family = family;
	r->depth = (uint8_t)depth;
	r->port = (uint16_t)port;
	return 0;
}

static int
add_rule(const struct rule *r)
{
	uint32_t a;

	if (r->family == AF_INET) {
		memcpy(&a, r->addr, 4);
		return rte_lpm_add(lpm4, ntohl(a), r->depth, r->port);
	}
	return rte_lpm6_add(lpm6, r->addr, r->depth, r->port);
}

/* Adds a rule unless its port is disabled; counts skipped rules. */
static int
install(const struct rule *r, unsigned int *skipped, const char *where)
{
	char text[INET6_ADDRSTRLEN];
	int ret;

	if (!port_enabled(r->port)) {
		(*skipped)++;
		return 0;
	}
	ret = add_rule(r);
	if (ret < 0) {
		inet_ntop(r->family, r->addr, text, sizeof(text));
		fprintf(stderr, "l3fwd: %s: cannot add route %s/%u -> port %u: %s\n", where,
			text, r->depth, r->port, strerror(-ret));
	}
	return ret;
}

static int
load_file(const char *path, int family)
{
	char line[256], err[128], where[300];
	unsigned int lineno = 0, added = 0, skipped = 0;
	FILE *f = fopen(path, "r");
	struct rule r;

	if (f == NULL) {
		fprintf(stderr, "l3fwd: cannot open rule file '%s': %s\n", path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		char *p = line;

		lineno++;
		while (isspace((unsigned char)*p))
			p++;
		if (*p == '\0' || *p == '#')
			continue;
		p[strcspn(p, "\r\n")] = '\0';
		snprintf(where, sizeof(where), "%s line %u", path, lineno);
		if (parse_rule(p, family, &r, err, sizeof(err)) != 0) {
			fprintf(stderr, "l3fwd: %s: %s: '%s'\n", where, err, p);
			fclose(f);
			return -1;
		}
		if (install(&r, &skipped, where) != 0) {
			fclose(f);
			return -1;
		}
		if (port_enabled(r.port))
			added++;
	}
	fclose(f);
	fprintf(stderr, "l3fwd: %s: %u IPv%d routes added, %u skipped (port not in mask)\n",
		path, added, family == AF_INET ? 4 : 6, skipped);
	return 0;
}

/* Built-in routes: 198.18.<p>.0/24 and 2001:200:0:<p>::/64 to port p. */
static int
load_builtin(void)
{
	unsigned int p, skipped = 0;
	struct rule r;

	for (p = 0; p < NB_BUILTIN_ROUTES; p++) {
		memset(&r, 0, sizeof(r));
		r.family = AF_INET;
		r.addr[0] = 198;
		r.addr[1] = 18;
		r.addr[2] = (uint8_t)p;
		r.depth = 24;
		r.port = (uint16_t)p;
		if (install(&r, &skipped, "built-in table") != 0)
			return -1;
		memset(&r, 0, sizeof(r));
		r.family = AF_INET6;
		r.addr[0] = 0x20;
		r.addr[1] = 0x01;
		r.addr[2] = 0x02;
		r.addr[7] = (uint8_t)p;
		r.depth = 64;
		r.port = (uint16_t)p;
		if (install(&r, &skipped, "built-in table") != 0)
			return -1;
	}
	printf("l3fwd: built-in table: routes for ports in the mask of 0-%u added\n",
		NB_BUILTIN_ROUTES - 1);
	return 0;
}

int
route_setup(const char *rule_v4, const char *rule_v6, int socket_id)
{
	struct rte_lpm_config c4 = { .max_rules = LPM_MAX_RULES,
		.number_tbl8s = LPM_TBL8S };
	struct rte_lpm6_config c6 = { .max_rules = LPM6_MAX_RULES,
		.number_tbl8s = LPM6_TBL8S };

	lpm4 = rte_lpm_create("l3fwd_lpm4", socket_id, &c4);
	lpm6 = rte_lpm6_create("l3fwd_lpm6", socket_id, &c6);
	if (lpm4 == NULL || lpm6 == NULL) {
		fprintf(stderr, "l3fwd: cannot create the LPM tables: %s\n", rte_strerror(rte_errno));
		return -1;
	}
	if (rule_v4 == NULL && rule_v6 == NULL)
		return load_builtin();
	if (rule_v4 != NULL && load_file(rule_v4, AF_INET) != 0)
		return -1;
	if (rule_v6 != NULL && load_file(rule_v6, AF_INET6) != 0)
		return -1;
	return 0;
}

uint16_t
route_ipv4(uint32_t dst)
{
	uint32_t nh;

	if (rte_lpm_lookup(lpm4, dst, &nh) != 0 || !port_enabled((uint16_t)nh))
		return DROP_PORT;
	return (uint16_t)nh;
}

uint16_t
route_ipv6(const uint8_t dst[16])
{
	uint32_t nh;

	if (rte_lpm6_lookup(lpm6, dst, &nh) != 0 || !port_enabled((uint16_t)nh))
		return DROP_PORT;
	return (uint16_t)nh;
}

void
route_free(void)
{
	rte_lpm_free(lpm4);
	rte_lpm6_free(lpm6);
	lpm4 = NULL;
	lpm6 = NULL;
}
