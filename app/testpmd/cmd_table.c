/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * THE command table: one row per command (pattern, help section,
 * handler, help text).  Parsing, error messages, completion and "help"
 * all come from here; see cmdline.h for the pattern syntax.
 */
#include "cmds.h"

#define CMD(pat, sec, fn, txt) { pat, sec, fn, txt }

const struct cmd_def cmd_table[] = {
	/* control */
	CMD("start", "control", cmd_start, "Start packet forwarding."),
	CMD("start tx_first [<n>]", "control", cmd_start_tx_first,
	    "Send n (default 1) bursts on every stream, then forward."),
	CMD("stop", "control", cmd_stop,
	    "Stop forwarding and show the forward statistics."),
	CMD("quit", "control", cmd_quit,
	    "Stop forwarding, close the ports and exit."),
	CMD("load <str>", "control", cmd_load,
	    "Run the commands of a file."),
	CMD("help [control|display|config|ports|all]", "control", cmd_help_fn,
	    "Show the commands of a section."),
	/* display */
	CMD("show port info all|<port>", "display", cmd_show_port_info,
	    "Show port information."),
	CMD("show port stats all|<port> [json]", "display",
	    cmd_show_port_stats, "Show port statistics (json: one line)."),
	CMD("show port xstats all|<port>", "display", cmd_show_port_xstats,
	    "Show extended port statistics."),
	CMD("show port summary all", "display", cmd_show_port_summary,
	    "One line per port: MAC, name, driver, link."),
	CMD("show port <port> rss-hash", "display", cmd_show_port_rss_hash,
	    "Show the RSS hash functions of a port."),
	CMD("show config rxtx|cores|fwd", "display", cmd_show_config,
	    "Show the rx/tx, lcore or stream configuration."),
	CMD("show fwd stats all", "display", cmd_show_fwd_stats,
	    "Show the forward statistics of the current/last run."),
	CMD("show device info all", "display", cmd_show_device_info,
	    "Show the probed devices and their ports."),
	CMD("clear port stats|xstats all|<port>", "display",
	    cmd_clear_port_stats, "Reset port (extended) statistics."),
	CMD("clear fwd stats all", "display", cmd_clear_fwd_stats,
	    "Reset the forward statistics."),
	/* config */
	CMD("set fwd <mode>", "config", cmd_set_fwd,
	    "Choose the forwarding engine."),
	CMD("set nbport|nbcore|burst <n>", "config", cmd_set_number,
	    "Number of forwarding ports / cores, packets per burst."),
	CMD("set txpkts <str>", "config", cmd_set_txpkts,
	    "Segment lengths of txonly packets, e.g. 64 or 64,128."),
	CMD("set promisc all|<port> on|off", "config", cmd_set_promisc,
	    "Promiscuous mode."),
	CMD("set allmulti all|<port> on|off", "config", cmd_set_allmulti,
	    "All-multicast mode."),
	CMD("set verbose <n>", "config", cmd_set_verbose,
	    "0: quiet, 1: show received packets, 2: also sent ones."),
	CMD("set eth-peer <n> <mac>", "config", cmd_set_eth_peer,
	    "Destination MAC used by mac/txonly/csum on a port."),
	CMD("set ip <port> <ip>|any", "config", cmd_set_ip,
	    "Address icmpecho answers for on a port (default: any)."),
	CMD("set link-up|link-down port <port>", "config", cmd_set_link,
	    "Set the link of a port up or down."),
	CMD("mac_addr set|add|remove <port> <mac>", "config", cmd_mac_addr,
	    "Set the default MAC address, or add/remove a secondary one."),
	CMD("vlan set strip|filter on|off <port>", "config", cmd_vlan_set,
	    "VLAN stripping / filtering offload."),
	CMD("rx_vlan add|rm <n> <port>", "config", cmd_rx_vlan,
	    "Add/remove a VLAN id to/from the filter."),
	/* ports */
	CMD("port start|stop|close|reset all|<port>", "ports",
	    cmd_port_action, "Start, stop, close or reset ports."),
	CMD("port config all rxq|txq|rxd|txd <n>", "ports",
	    cmd_port_config_queues,
	    "Queues / descriptors per port (ports must be stopped)."),
	CMD("port config <port> mtu <n>", "ports", cmd_port_config_mtu,
	    "Set the MTU of a port."),
	CMD("port config all rss ip|udp|tcp|none|all", "ports",
	    cmd_port_config_rss, "RSS hash functions of all ports."),
	CMD("port attach <str>", "ports", cmd_port_attach,
	    "Probe a device, e.g. net_pcap9,iface=veth1 or a PCI address."),
	CMD("port detach <port>", "ports", cmd_port_detach,
	    "Close a stopped port and remove its device."),
};

const unsigned int cmd_table_len = RTE_DIM(cmd_table);
