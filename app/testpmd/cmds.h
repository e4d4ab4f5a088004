/* SPDX-License-Identifier: BSD-3-Clause */
/* Handlers of the interactive commands (rows of cmd_table.c). */
#ifndef TESTPMD_CMDS_H
#define TESTPMD_CMDS_H

#include "cmdline.h"

/* cmds_control.c */
int cmd_start(struct cmd_ctx *c);
int cmd_start_tx_first(struct cmd_ctx *c);
int cmd_stop(struct cmd_ctx *c);
int cmd_quit(struct cmd_ctx *c);
int cmd_load(struct cmd_ctx *c);
int cmd_help_fn(struct cmd_ctx *c);

/* cmds_show.c */
int cmd_show_port_info(struct cmd_ctx *c);
int cmd_show_port_stats(struct cmd_ctx *c);
int cmd_show_port_xstats(struct cmd_ctx *c);
int cmd_show_port_summary(struct cmd_ctx *c);
int cmd_show_port_rss_hash(struct cmd_ctx *c);
int cmd_show_config(struct cmd_ctx *c);
int cmd_show_fwd_stats(struct cmd_ctx *c);
int cmd_show_device_info(struct cmd_ctx *c);
int cmd_clear_port_stats(struct cmd_ctx *c);
int cmd_clear_fwd_stats(struct cmd_ctx *c);

/* cmds_set.c */
int cmd_set_fwd(struct cmd_ctx *c);
int cmd_set_number(struct cmd_ctx *c);
int cmd_set_txpkts(struct cmd_ctx *c);
int cmd_set_promisc(struct cmd_ctx *c);
int cmd_set_allmulti(struct cmd_ctx *c);
int cmd_set_verbose(struct cmd_ctx *c);
int cmd_set_eth_peer(struct cmd_ctx *c);
int cmd_set_ip(struct cmd_ctx *c);
int cmd_set_link(struct cmd_ctx *c);
int cmd_mac_addr(struct cmd_ctx *c);
int cmd_vlan_set(struct cmd_ctx *c);
int cmd_rx_vlan(struct cmd_ctx *c);
int cmd_csum_set(struct cmd_ctx *c);
int cmd_csum_show(struct cmd_ctx *c);

/* cmds_port.c */
int cmd_port_action(struct cmd_ctx *c);
int cmd_port_config_queues(struct cmd_ctx *c);
int cmd_port_config_mtu(struct cmd_ctx *c);
int cmd_port_config_rss(struct cmd_ctx *c);
int cmd_port_attach(struct cmd_ctx *c);
int cmd_port_detach(struct cmd_ctx *c);

#endif
