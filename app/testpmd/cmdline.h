/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The interactive command language.  Every command is one row of
 * cmd_table[] (cmd_table.c): a pattern, a help section, a handler and a
 * help text.  Pattern tokens, separated by spaces:
 *   word          a keyword
 *   a|b|<port>    one of several alternatives
 *   <port>        a probed port id       <n>    an unsigned number
 *   <mac>         XX:XX:XX:XX:XX:XX      <ip>   A.B.C.D
 *   <mode>        a forwarding engine    <str>  any one word
 *   [tok]         optional (only at the end of a pattern)
 * The parser, the error messages with suggestions, tab completion and
 * "help" are all derived from the table.
 */
#ifndef TESTPMD_CMDLINE_H
#define TESTPMD_CMDLINE_H

#include "testpmd.h"

#define CMD_MAX_TOKENS 16

struct cmd_arg {
	const char *s;          /* the word as typed, NULL if absent */
	int alt;                /* index of the alternative that matched */
	uint64_t n;             /* <n>, <port> */
	struct rte_ether_addr mac;
	uint32_t ip;            /* network order */
};

struct cmd_def;

struct cmd_ctx {
	const struct cmd_def *def;
	struct cmd_arg a[CMD_MAX_TOKENS];
	unsigned int nb;
};

struct cmd_def {
	const char *pattern;
	const char *section;
	int (*fn)(struct cmd_ctx *c);
	const char *help;
};

extern const struct cmd_def cmd_table[];
extern const unsigned int cmd_table_len;

/* Print 'Bad arguments for "<cmd>": <why>; usage: <pattern>'; -1. */
int cmd_bad(const struct cmd_ctx *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Ports selected by an all|<port> argument: calls fn on each. */
int cmd_for_ports(const struct cmd_arg *a, int (*fn)(uint16_t pid, void *),
		  void *arg);
/* true (and a message) if forwarding runs: config must wait for stop */
bool cmd_busy(void);
void cmd_help(const char *section);

#endif
