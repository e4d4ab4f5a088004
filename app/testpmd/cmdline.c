/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Command-line engine: splits a line into words, matches it against the
 * patterns of cmd_table[], reports what is wrong with the closest
 * command (and the closest valid word), completes words with libedit
 * and prints "help" from the same table.  See cmdline.h for patterns.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifdef TP_HAVE_LIBEDIT
#include <editline/readline.h>
#endif

#include "cmdline.h"

#define PAT_MAX_ALTS 16
#define WORD_MAX 64

struct pat_tok {
	char alts[PAT_MAX_ALTS][WORD_MAX];
	unsigned int nb_alts;
	bool optional;
};

struct pattern {
	struct pat_tok t[CMD_MAX_TOKENS];
	unsigned int nb;
};

/* Split a table pattern into tokens and alternatives. */
static void
pattern_parse(const char *src, struct pattern *p)
{
	char buf[512], *save = NULL, *w;

	snprintf(buf, sizeof(buf), "%s", src);
	p->nb = 0;
	for (w = strtok_r(buf, " ", &save); w != NULL && p->nb < CMD_MAX_TOKENS;
	     w = strtok_r(NULL, " ", &save)) {
		struct pat_tok *t = &p->t[p->nb++];
		char *s2 = NULL, *alt;
		size_t len = strlen(w);

		t->optional = w[0] == '[' && w[len - 1] == ']';
		if (t->optional) {
			w[len - 1] = '\0';
			w++;
		}
		t->nb_alts = 0;
		for (alt = strtok_r(w, "|", &s2);
		     alt != NULL && t->nb_alts < PAT_MAX_ALTS;
		     alt = strtok_r(NULL, "|", &s2))
			snprintf(t->alts[t->nb_alts++], WORD_MAX, "%s", alt);
	}
}

/*
 * Edit distance counting an adjacent transposition as one edit
 * (optimal string alignment), so "strat" is next to "start".
 */
static unsigned int
edit_distance(const char *a, const char *b)
{
	unsigned int la = strlen(a), lb = strlen(b);
	unsigned int d[WORD_MAX + 1][WORD_MAX + 1];

	if (la > WORD_MAX || lb > WORD_MAX)
		return WORD_MAX;
	for (unsigned int i = 0; i <= la; i++)
		d[i][0] = i;
	for (unsigned int j = 0; j <= lb; j++)
		d[0][j] = j;
	for (unsigned int i = 1; i <= la; i++) {
		for (unsigned int j = 1; j <= lb; j++) {
			unsigned int v = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);

			v = RTE_MIN(v, d[i - 1][j] + 1);
			v = RTE_MIN(v, d[i][j - 1] + 1);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1])
				v = RTE_MIN(v, d[i - 2][j - 2] + 1);
			d[i][j] = v;
		}
	}
	return d[la][lb];
}

/* Keep the candidate closest to word (prefix match counts as close). */
static void
suggest_consider(const char *word, const char *cand, char *best,
		 unsigned int *best_d)
{
	unsigned int d = strncmp(cand, word, strlen(word)) == 0 ? 1 :
			 edit_distance(word, cand);

	if (cand[0] == '<' || d >= *best_d || d > 2 + strlen(word) / 4)
		return;
	snprintf(best, WORD_MAX, "%s", cand);
	*best_d = d;
}

static bool
parse_port_word(const char *w, struct cmd_arg *a, char *why, size_t len)
{
	uint64_t v;

	if (parse_uint(w, 0, RTE_MAX_ETHPORTS - 1, &v) != 0) {
		snprintf(why, len, "'%s' is not a port number", w);
		return false;
	}
	if (!port_id_valid((uint16_t)v, false)) {
		snprintf(why, len, "no port %s (\"show port summary all\" "
			 "lists them)", w);
		return false;
	}
	a->n = v;
	return true;
}

/* Match one word against one alternative; why explains a failure. */
static bool
alt_match(const char *alt, const char *w, struct cmd_arg *a, char *why,
	  size_t len)
{
	why[0] = '\0';
	if (alt[0] != '<')
		return strcmp(alt, w) == 0;
	if (strcmp(alt, "<port>") == 0)
		return parse_port_word(w, a, why, len);
	if (strcmp(alt, "<n>") == 0) {
		if (parse_uint(w, 0, UINT64_MAX, &a->n) == 0)
			return true;
		snprintf(why, len, "'%s' is not a number", w);
		return false;
	}
	if (strcmp(alt, "<mac>") == 0) {
		if (rte_ether_unformat_addr(w, &a->mac) == 0)
			return true;
		snprintf(why, len, "'%s' is not a MAC address "
			 "(XX:XX:XX:XX:XX:XX)", w);
		return false;
	}
	if (strcmp(alt, "<ip>") == 0) {
		if (parse_ipv4(w, &a->ip) == 0)
			return true;
		snprintf(why, len, "'%s' is not an IPv4 address (A.B.C.D)", w);
		return false;
	}
	if (strcmp(alt, "<mode>") == 0) {
		char best[WORD_MAX] = "";
		unsigned int best_d = WORD_MAX;

		if (fwd_engine_find(w) != NULL)
			return true;
		for (unsigned int i = 0; fwd_engines[i] != NULL; i++)
			suggest_consider(w, fwd_engines[i]->name, best,
					 &best_d);
		snprintf(why, len, "unknown mode '%s'%s%s%s", w,
			 best[0] ? "; did you mean '" : "", best,
			 best[0] ? "'?" : "");
		return false;
	}
	return true; /* <str> and other free words */
}

/* Why no alternative of t matched w. */
static void
tok_explain(const struct pat_tok *t, const char *w, const char *alt_why,
	    char *why, size_t len)
{
	char best[WORD_MAX] = "";
	unsigned int best_d = WORD_MAX;

	if (alt_why[0] != '\0' && t->nb_alts == 1) {
		snprintf(why, len, "%s", alt_why);
		return;
	}
	for (unsigned int i = 0; i < t->nb_alts; i++)
		suggest_consider(w, t->alts[i], best, &best_d);
	snprintf(why, len, "unknown '%s'%s%s%s%s%s", w,
		 alt_why[0] ? " (" : "", alt_why, alt_why[0] ? ")" : "",
		 best[0] ? "; did you mean '" : "", best);
	if (best[0])
		strncat(why, "'?", len - strlen(why) - 1);
}

/* Token index at which a fails, or -1 when the whole line matches. */
static int
pattern_match(const struct pattern *p, char **w, unsigned int nw,
	      struct cmd_ctx *c, char *why, size_t len)
{
	unsigned int i;

	memset(c->a, 0, sizeof(c->a));
	for (i = 0; i < p->nb; i++) {
		const struct pat_tok *t = &p->t[i];
		char alt_why[160] = "";
		bool ok = false;

		if (i >= nw) {
			if (t->optional)
				break;
			snprintf(why, len, "missing argument after '%s'",
				 w[i - 1]);
			return (int)i;
		}
		for (unsigned int k = 0; k < t->nb_alts && !ok; k++) {
			char tmp[160];

			ok = alt_match(t->alts[k], w[i], &c->a[i], tmp,
				       sizeof(tmp));
			if (ok)
				c->a[i].alt = (int)k;
			else if (tmp[0] != '\0' && alt_why[0] == '\0')
				snprintf(alt_why, sizeof(alt_why), "%s", tmp);
		}
		if (!ok) {
			tok_explain(t, w[i], alt_why, why, len);
			return (int)i;
		}
		c->a[i].s = w[i];
	}
	if (nw > p->nb) {
		snprintf(why, len, "unexpected '%s' at the end", w[p->nb]);
		return (int)p->nb;
	}
	c->nb = nw;
	return -1;
}

/* The pattern as shown to users: alternatives in parentheses. */
static void
pattern_usage(const char *src, char *out, size_t len)
{
	struct pattern p;
	size_t off = 0;

	pattern_parse(src, &p);
	out[0] = '\0';
	for (unsigned int i = 0; i < p.nb && off < len; i++) {
		const struct pat_tok *t = &p.t[i];
		bool group = t->nb_alts > 1 && !t->optional;

		off += snprintf(out + off, len - off, "%s%s%s", i ? " " : "",
				t->optional ? "[" : "", group ? "(" : "");
		for (unsigned int k = 0; k < t->nb_alts && off < len; k++) {
			if (strcmp(t->alts[k], "<mode>") == 0) {
				char modes[256];

				fwd_engine_list(modes, sizeof(modes), "|");
				off += snprintf(out + off, len - off, "%s(%s)",
						k ? "|" : "", modes);
			} else {
				off += snprintf(out + off, len - off, "%s%s",
						k ? "|" : "", t->alts[k]);
			}
		}
		if (off < len)
			off += snprintf(out + off, len - off, "%s%s",
					group ? ")" : "", t->optional ? "]" : "");
	}
}

/* "...; did you mean 'x'? usage: ..." reads better without a ';' */
static const char *
why_sep(const char *why)
{
	size_t n = strlen(why);

	return n != 0 && why[n - 1] == '?' ? " " : "; ";
}

static char cur_prefix[256];    /* matched words, for cmd_bad() */

int
cmd_bad(const struct cmd_ctx *c, const char *fmt, ...)
{
	char why[256], usage[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	va_end(ap);
	pattern_usage(c->def->pattern, usage, sizeof(usage));
	printf("Bad arguments for \"%s\": %s%susage: %s\n", cur_prefix, why,
	       why_sep(why), usage);
	return -1;
}

static void
join_words(char **w, unsigned int n, char *out, size_t len)
{
	size_t off = 0;

	out[0] = '\0';
	for (unsigned int i = 0; i < n && off < len; i++)
		off += snprintf(out + off, len - off, "%s%s", i ? " " : "",
				w[i]);
}

static void
report_not_found(char **w)
{
	char best[WORD_MAX] = "";
	unsigned int best_d = WORD_MAX;

	for (unsigned int i = 0; i < cmd_table_len; i++) {
		struct pattern p;

		pattern_parse(cmd_table[i].pattern, &p);
		for (unsigned int k = 0; k < p.t[0].nb_alts; k++)
			suggest_consider(w[0], p.t[0].alts[k], best, &best_d);
	}
	printf("Command not found: '%s'%s%s%s; type \"help\" for the list of "
	       "commands\n", w[0], best[0] ? "; did you mean '" : "",
	       best, best[0] ? "'?" : "");
}

/* No pattern matched: explain relative to the closest ones. */
static void
report_mismatch(char **w, unsigned int nw, const int *depth, int max_d,
		const char (*whys)[256])
{
	char usage[512], prefix[256];
	unsigned int nb_cand = 0, first = 0;

	for (unsigned int i = 0; i < cmd_table_len; i++)
		if (depth[i] == max_d && nb_cand++ == 0)
			first = i;
	join_words(w, RTE_MIN((unsigned int)max_d, nw), prefix, sizeof(prefix));
	if (nb_cand == 1) {
		pattern_usage(cmd_table[first].pattern, usage, sizeof(usage));
		printf("Bad arguments for \"%s\": %s%susage: %s\n", prefix,
		       whys[first], why_sep(whys[first]), usage);
		return;
	}
	if ((unsigned int)max_d < nw) {
		char best[WORD_MAX] = "";
		unsigned int best_d = WORD_MAX;

		for (unsigned int i = 0; i < cmd_table_len; i++) {
			struct pattern p;

			if (depth[i] != max_d)
				continue;
			pattern_parse(cmd_table[i].pattern, &p);
			for (unsigned int k = 0; k < p.t[max_d].nb_alts; k++)
				suggest_consider(w[max_d], p.t[max_d].alts[k],
						 best, &best_d);
		}
		printf("Bad arguments for \"%s\": unknown '%s'%s%s%s usage:\n",
		       prefix, w[max_d], best[0] ? "; did you mean '" : "",
		       best, best[0] ? "'?" : ";");
	} else {
		printf("Bad arguments for \"%s\": incomplete command; usage:\n",
		       prefix);
	}
	for (unsigned int i = 0; i < cmd_table_len; i++) {
		if (depth[i] != max_d)
			continue;
		pattern_usage(cmd_table[i].pattern, usage, sizeof(usage));
		printf("  %s\n", usage);
	}
}

/* Number of leading words that matched keywords, not values. */
static unsigned int
keyword_prefix(const struct pattern *p, const struct cmd_ctx *c)
{
	unsigned int n = 0;

	while (n < c->nb && n < p->nb &&
	       p->t[n].alts[c->a[n].alt][0] != '<')
		n++;
	return n;
}

static unsigned int
split_words(char *line, char **w, bool *too_many)
{
	unsigned int n = 0;
	char *save = NULL;

	*too_many = false;
	for (char *t = strtok_r(line, " \t\r\n", &save); t != NULL;
	     t = strtok_r(NULL, " \t\r\n", &save)) {
		if (n == CMD_MAX_TOKENS) {
			*too_many = true;
			break;
		}
		w[n++] = t;
	}
	return n;
}

/*
 * The console claim: stdio's lock is not fair.  A forwarding lcore that
 * dumps packets ("set verbose 1") releases and retakes stdout's lock in a
 * loop, and the command line's printf could wait on it for seconds.  While
 * the claim is held, pkt_dump() holds back, so a command's answer and the
 * next prompt get through.  A counter: "load" runs commands from inside
 * a command.
 */
static void
console_claim(void)
{
	/* relaxed: the claim orders no data, it only steers who takes
	 * stdout's lock next */
	__atomic_add_fetch(&tp.console_claim, 1, __ATOMIC_RELAXED);
}

static void
console_release(void)
{
	fflush(stdout);
	__atomic_sub_fetch(&tp.console_claim, 1, __ATOMIC_RELAXED);
}

static int
cmdline_exec_claimed(char *line)
{
	static char whys[256][256];
	int depth[256];
	char *w[CMD_MAX_TOKENS];
	struct cmd_ctx ctx;
	int max_d = 0;
	bool too_many;
	unsigned int nw;

	line[strcspn(line, "#")] = '\0';
	nw = split_words(line, w, &too_many);
	if (too_many) {
		printf("Bad command: more than %u words\n", CMD_MAX_TOKENS);
		return -1;
	}
	if (nw == 0)
		return 0;
	RTE_VERIFY(cmd_table_len <= RTE_DIM(depth));
	for (unsigned int i = 0; i < cmd_table_len; i++) {
		struct pattern p;

		pattern_parse(cmd_table[i].pattern, &p);
		depth[i] = pattern_match(&p, w, nw, &ctx, whys[i],
					 sizeof(whys[i]));
		if (depth[i] < 0) {
			ctx.def = &cmd_table[i];
			/* name the command by its keywords, up to the first
			 * value ("set nbcore", "port config") */
			join_words(w, keyword_prefix(&p, &ctx), cur_prefix,
				   sizeof(cur_prefix));
			return cmd_table[i].fn(&ctx);
		}
		max_d = RTE_MAX(max_d, depth[i]);
	}
	if (max_d == 0)
		report_not_found(w);
	else
		report_mismatch(w, nw, depth, max_d,
				(const char (*)[256])whys);
	return -1;
}

int
cmdline_exec(char *line)
{
	int ret;

	console_claim();
	ret = cmdline_exec_claimed(line);
	console_release();
	return ret;
}

int
cmd_for_ports(const struct cmd_arg *a, int (*fn)(uint16_t, void *),
	      void *arg)
{
	uint16_t pid;
	int ret = 0;

	if (strcmp(a->s, "all") != 0)
		return fn((uint16_t)a->n, arg);
	RTE_ETH_FOREACH_DEV(pid)
		if (tp.ports[pid].in_use && fn(pid, arg) != 0)
			ret = -1;
	return ret;
}

bool
cmd_busy(void)
{
	if (!tp.forwarding)
		return false;
	printf("Please stop forwarding first (\"stop\")\n");
	return true;
}

void
cmd_help(const char *section)
{
	char usage[512];

	for (unsigned int i = 0; i < cmd_table_len; i++) {
		if (strcmp(section, "all") != 0 &&
		    strcmp(section, cmd_table[i].section) != 0)
			continue;
		pattern_usage(cmd_table[i].pattern, usage, sizeof(usage));
		printf("%s\n    %s\n\n", usage, cmd_table[i].help);
	}
}

static void
echo_prompt_line(const char *line)
{
	printf("testpmd> %s", line);
	if (line[0] == '\0' || line[strlen(line) - 1] != '\n')
		printf("\n");
}

int
cmdline_run_file(const char *path, bool echo)
{
	static unsigned int depth;
	char line[4096];
	FILE *f;

	if (depth >= 8) {
		printf("load %s: too deeply nested (max 8 levels)\n", path);
		return -1;
	}
	f = fopen(path, "r");
	if (f == NULL) {
		printf("Cannot open command file '%s': %s\n", path,
		       strerror(errno));
		return -1;
	}
	depth++;
	while (!tp.quit && !tp.force_quit && fgets(line, sizeof(line), f)) {
		console_claim(); /* the echo stays next to the answer */
		if (echo)
			echo_prompt_line(line);
		cmdline_exec(line);
		console_release();
	}
	depth--;
	fclose(f);
	printf("Read CLI commands from %s\n", path);
	return 0;
}

#ifdef TP_HAVE_LIBEDIT
/* Completion: every word the table allows after the words typed so far. */
static char *compl_words[256];
static unsigned int compl_nb, compl_next;

static void
compl_add(const char *w, const char *text)
{
	if (compl_nb == RTE_DIM(compl_words) ||
	    strncmp(w, text, strlen(text)) != 0)
		return;
	for (unsigned int i = 0; i < compl_nb; i++)
		if (strcmp(compl_words[i], w) == 0)
			return;
	compl_words[compl_nb++] = strdup(w);
}

static void
compl_collect(char **w, unsigned int nw, const char *text)
{
	for (unsigned int i = 0; i < cmd_table_len; i++) {
		struct pattern p;
		bool ok = true;

		pattern_parse(cmd_table[i].pattern, &p);
		if (nw >= p.nb)
			continue;
		for (unsigned int k = 0; k < nw && ok; k++) {
			ok = false;
			for (unsigned int j = 0; j < p.t[k].nb_alts; j++)
				ok |= p.t[k].alts[j][0] == '<' ||
				      strcmp(p.t[k].alts[j], w[k]) == 0;
		}
		for (unsigned int j = 0; ok && j < p.t[nw].nb_alts; j++) {
			const char *alt = p.t[nw].alts[j];

			if (strcmp(alt, "<mode>") == 0)
				for (unsigned int e = 0; fwd_engines[e]; e++)
					compl_add(fwd_engines[e]->name, text);
			else if (alt[0] != '<')
				compl_add(alt, text);
		}
	}
}

static char *
compl_generator(const char *text, int state)
{
	RTE_SET_USED(text);
	if (state == 0)
		compl_next = 0;
	if (compl_next < compl_nb)
		return strdup(compl_words[compl_next++]);
	return NULL;
}

static char **
compl_attempt(const char *text, int start, int end)
{
	char buf[1024], *w[CMD_MAX_TOKENS];
	unsigned int nw;
	bool too_many;

	RTE_SET_USED(end);
	for (unsigned int i = 0; i < compl_nb; i++)
		free(compl_words[i]);
	compl_nb = 0;
	snprintf(buf, sizeof(buf), "%.*s", start, rl_line_buffer);
	nw = split_words(buf, w, &too_many);
	if (!too_many)
		compl_collect(w, nw, text);
	rl_attempted_completion_over = 1;
	return rl_completion_matches(text, compl_generator);
}

/*
 * Character input for libedit: a signal (SIGINT/SIGTERM) interrupts the
 * read, and when it asked us to quit the line ends as at EOF.
 */
static int
tty_getc(FILE *f)
{
	unsigned char c;

	for (;;) {
		ssize_t n = read(fileno(f), &c, 1);

		if (n == 1)
			return c;
		if (n < 0 && errno == EINTR && !tp.force_quit)
			continue;
		return EOF;
	}
}

static void
interact_libedit(void)
{
	/* our SIGINT/SIGTERM handlers stay in place (libedit's would
	 * re-send the signal to the whole process group) */
	rl_catch_signals = 0;
	rl_getc_function = tty_getc;
	rl_attempted_completion_function = compl_attempt;
	while (!tp.quit && !tp.force_quit) {
		char *line = readline("testpmd> ");

		if (line == NULL)
			break;
		if (line[strspn(line, " \t")] != '\0')
			add_history(line);
		cmdline_exec(line);
		free(line);
	}
}
#endif

/* Commands from a pipe or a file: each is echoed after the prompt. */
static void
interact_plain(void)
{
	char line[4096];

	while (!tp.quit && !tp.force_quit) {
		/* the prompt and the echo are claimed too: a prompt stuck
		 * behind packet dumps would keep the next command unread */
		console_claim();
		printf("testpmd> ");
		console_release();
		if (fgets(line, sizeof(line), stdin) == NULL) {
			if (errno == EINTR && !tp.force_quit) {
				clearerr(stdin);
				continue;
			}
			printf("\n");
			break;
		}
		if (strchr(line, '\n') == NULL && !feof(stdin)) {
			int ch;

			while ((ch = getchar()) != '\n' && ch != EOF)
				;
			console_claim();
			printf("%.40s...\nBad command: line longer than %zu "
			       "characters\n", line, sizeof(line) - 2);
			console_release();
			continue;
		}
		console_claim();
		/* a terminal echoes by itself; a pipe does not */
		if (!isatty(STDIN_FILENO)) {
			printf("%s", line);
			if (line[strlen(line) - 1] != '\n')
				printf("\n");
		}
		cmdline_exec(line);
		console_release();
	}
}

void
cmdline_interact(void)
{
#ifdef TP_HAVE_LIBEDIT
	if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
		interact_libedit();
		return;
	}
#endif
	interact_plain();
}
