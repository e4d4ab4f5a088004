/* SPDX-License-Identifier: BSD-3-Clause */
/* show ... and clear ... commands. */
#include <string.h>

#include "cmds.h"

static int
each_info(uint16_t pid, void *arg)
{
	RTE_SET_USED(arg);
	port_info_display(pid);
	return 0;
}

int
cmd_show_port_info(struct cmd_ctx *c)
{
	return cmd_for_ports(&c->a[3], each_info, NULL);
}

static int
each_stats(uint16_t pid, void *arg)
{
	stats_port_display(pid, *(bool *)arg);
	return 0;
}

int
cmd_show_port_stats(struct cmd_ctx *c)
{
	bool json = c->a[4].s != NULL;

	return cmd_for_ports(&c->a[3], each_stats, &json);
}

static int
each_xstats(uint16_t pid, void *arg)
{
	RTE_SET_USED(arg);
	stats_xstats_display(pid);
	return 0;
}

int
cmd_show_port_xstats(struct cmd_ctx *c)
{
	return cmd_for_ports(&c->a[3], each_xstats, NULL);
}

int
cmd_show_port_summary(struct cmd_ctx *c)
{
	RTE_SET_USED(c);
	port_summary_display();
	return 0;
}

int
cmd_show_port_rss_hash(struct cmd_ctx *c)
{
	port_rss_hash_display((uint16_t)c->a[2].n);
	return 0;
}

static void
cores_config_display(void)
{
	printf("List of forwarding lcores:");
	for (uint16_t i = 0; i < tp.cfg.nb_fwd_lcores; i++)
		printf(" %2u", tp.fwd_lcore_ids[i]);
	printf("\n");
}

int
cmd_show_config(struct cmd_ctx *c)
{
	switch (c->a[2].alt) {
	case 0:
		fwd_rxtx_config_display();
		break;
	case 1:
		cores_config_display();
		break;
	default:
		fwd_config_display();
	}
	return 0;
}

int
cmd_show_fwd_stats(struct cmd_ctx *c)
{
	RTE_SET_USED(c);
	stats_fwd_display();
	return 0;
}

int
cmd_show_device_info(struct cmd_ctx *c)
{
	RTE_SET_USED(c);
	device_info_display();
	return 0;
}

static int
each_clear(uint16_t pid, void *arg)
{
	if (*(int *)arg == 0)
		stats_port_clear(pid);
	else
		stats_xstats_clear(pid);
	return 0;
}

int
cmd_clear_port_stats(struct cmd_ctx *c)
{
	int which = c->a[2].alt;

	return cmd_for_ports(&c->a[3], each_clear, &which);
}

int
cmd_clear_fwd_stats(struct cmd_ctx *c)
{
	RTE_SET_USED(c);
	stats_fwd_clear();
	return 0;
}
