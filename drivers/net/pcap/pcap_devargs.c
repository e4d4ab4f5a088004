/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * net_pcap devargs (DPDK 22.11 names and meaning):
 *   rx_pcap=FILE      rx queue reading FILE        (repeat: more queues)
 *   tx_pcap=FILE      tx queue writing FILE        (repeat: more queues)
 *   rx_iface=IF       rx queue on interface IF, both directions
 *   rx_iface_in=IF    rx queue on IF, frames coming in only
 *   tx_iface=IF       tx queue sending on IF
 *   iface=IF          one rx (inbound) and one tx queue on IF
 *   infinite_rx=0|1   replay the rx_pcap files from memory, endlessly
 *   phy_mac=0|1       use the interface's MAC address as the port's
 * Without rx keys the port has as many rx queues as tx queues, receiving
 * nothing; without tx keys it has as many tx queues as rx queues, which
 * free (and count) what they are given.
 */
#include <errno.h>
#include <string.h>

#include <rte_common.h>
#include <rte_kvargs.h>

#include "pcap_pmd.h"

#define KEYS "rx_pcap, tx_pcap, rx_iface, rx_iface_in, tx_iface, iface, infinite_rx, phy_mac"

static int
add_queue(const char *devname, struct pcap_qspec *q, unsigned int *nb,
	  const char *key, const char *value, enum pcap_qkind kind,
	  bool in_only)
{
	if (*nb == PCAP_PMD_MAX_QUEUES) {
		PCAP_LOG(ERR, "%s: too many '%s' queues (at most %d rx and %d tx)",
			 devname, key, PCAP_PMD_MAX_QUEUES, PCAP_PMD_MAX_QUEUES);
		return -EINVAL;
	}
	if (strlen(value) >= sizeof(q[*nb].name)) {
		PCAP_LOG(ERR, "%s: %s value is too long", devname, key);
		return -ENAMETOOLONG;
	}
	q[*nb].kind = kind;
	q[*nb].in_only = in_only;
	strcpy(q[*nb].name, value);
	(*nb)++;
	return 0;
}

static int
parse_flag(const char *devname, const char *key, const char *value, bool *out)
{
	if (strcmp(value, "0") == 0) {
		*out = false;
	} else if (strcmp(value, "1") == 0) {
		*out = true;
	} else {
		PCAP_LOG(ERR, "%s: %s=%s: the value must be 0 or 1", devname,
			 key, value);
		return -EINVAL;
	}
	return 0;
}

/* One key=value pair, in the order given. */
static int
parse_pair(const char *devname, const char *key, const char *value,
	   struct pcap_devargs *a, unsigned int *nb_iface)
{
	if (value == NULL || value[0] == '\0') {
		PCAP_LOG(ERR, "%s: devarg '%s' needs a value (%s=...)", devname,
			 key, key);
		return -EINVAL;
	}
	if (strcmp(key, "rx_pcap") == 0)
		return add_queue(devname, a->rx, &a->nb_rx, key, value,
				 PCAP_Q_FILE, false);
	if (strcmp(key, "tx_pcap") == 0)
		return add_queue(devname, a->tx, &a->nb_tx, key, value,
				 PCAP_Q_FILE, false);
	if (strcmp(key, "rx_iface") == 0 || strcmp(key, "rx_iface_in") == 0)
		return add_queue(devname, a->rx, &a->nb_rx, key, value,
				 PCAP_Q_IFACE, strcmp(key, "rx_iface_in") == 0);
	if (strcmp(key, "tx_iface") == 0)
		return add_queue(devname, a->tx, &a->nb_tx, key, value,
				 PCAP_Q_IFACE, false);
	if (strcmp(key, "iface") == 0) {
		(*nb_iface)++;
		if (add_queue(devname, a->rx, &a->nb_rx, key, value,
			      PCAP_Q_IFACE, true) != 0)
			return -EINVAL;
		return add_queue(devname, a->tx, &a->nb_tx, key, value,
				 PCAP_Q_IFACE, false);
	}
	if (strcmp(key, "infinite_rx") == 0)
		return parse_flag(devname, key, value, &a->infinite_rx);
	if (strcmp(key, "phy_mac") == 0)
		return parse_flag(devname, key, value, &a->phy_mac);
	PCAP_LOG(ERR, "%s: unknown devarg '%s' (net_pcap accepts " KEYS ")",
		 devname, key);
	return -EINVAL;
}

/* Cross-key rules, checked once every pair is known. */
static int
check_combination(const char *devname, struct pcap_devargs *a,
		  unsigned int nb_iface)
{
	unsigned int i;

	if (nb_iface > 0 && (nb_iface > 1 || a->nb_rx != 1 || a->nb_tx != 1)) {
		PCAP_LOG(ERR, "%s: iface= is given once and alone; for several queues use rx_iface=/tx_iface= repeated",
			 devname);
		return -EINVAL;
	}
	if (a->nb_rx == 0 && a->nb_tx == 0) {
		PCAP_LOG(ERR, "%s: nothing to do: give rx_pcap=, tx_pcap=, rx_iface=, tx_iface= or iface=",
			 devname);
		return -EINVAL;
	}
	for (i = 0; i < a->nb_rx; i++) {
		if (a->infinite_rx && a->rx[i].kind != PCAP_Q_FILE) {
			PCAP_LOG(ERR, "%s: infinite_rx=1 replays rx_pcap files; it cannot be used with interface '%s'",
				 devname, a->rx[i].name);
			return -EINVAL;
		}
		if (a->link_iface == NULL && a->rx[i].kind == PCAP_Q_IFACE)
			a->link_iface = a->rx[i].name;
	}
	if (a->infinite_rx && a->nb_rx == 0) {
		PCAP_LOG(ERR, "%s: infinite_rx=1 needs rx_pcap=FILE", devname);
		return -EINVAL;
	}
	for (i = 0; i < a->nb_tx; i++)
		if (a->link_iface == NULL && a->tx[i].kind == PCAP_Q_IFACE)
			a->link_iface = a->tx[i].name;
	if (a->phy_mac && a->link_iface == NULL) {
		PCAP_LOG(ERR, "%s: phy_mac=1 needs an interface (iface=, rx_iface= or tx_iface=)",
			 devname);
		return -EINVAL;
	}
	/* the missing direction mirrors the other one (see the file comment) */
	for (; a->nb_rx < a->nb_tx; a->nb_rx++)
		a->rx[a->nb_rx].kind = PCAP_Q_NONE;
	for (; a->nb_tx < a->nb_rx; a->nb_tx++)
		a->tx[a->nb_tx].kind = PCAP_Q_NONE;
	return 0;
}

int
pcap_parse_devargs(const char *devname, const char *params,
		   struct pcap_devargs *a)
{
	struct rte_kvargs *kv;
	unsigned int i, nb_iface = 0;
	int ret = 0;

	memset(a, 0, sizeof(*a));
	if (params == NULL || params[0] == '\0') {
		PCAP_LOG(ERR, "%s: no devargs: give e.g. %s,rx_pcap=in.pcap,tx_pcap=out.pcap or %s,iface=eth0",
			 devname, devname, devname);
		return -EINVAL;
	}
	kv = rte_kvargs_parse(params, NULL);
	if (kv == NULL) {
		PCAP_LOG(ERR, "%s: cannot parse devargs '%s': expected key=value[,key=value...] with keys " KEYS,
			 devname, params);
		return -EINVAL;
	}
	for (i = 0; i < kv->count && ret == 0; i++)
		ret = parse_pair(devname, kv->pairs[i].key, kv->pairs[i].value,
				 a, &nb_iface);
	rte_kvargs_free(kv);
	if (ret != 0)
		return ret;
	ret = check_combination(devname, a, nb_iface);
	/* link_iface points into a (not into kv) so it survives the free */
	return ret;
}
