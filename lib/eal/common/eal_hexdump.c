/* SPDX-License-Identifier: BSD-3-Clause */
/* rte_hexdump / rte_memdump. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>

#include <rte_hexdump.h>

#define BYTES_PER_LINE 16

void
rte_hexdump(FILE *f, const char *title, const void *buf, unsigned int len)
{
	const uint8_t *p = buf;
	unsigned int off, i;

	fprintf(f, "%s at [%p], len=%u\n", title ? title : "  Dump data", buf,
		len);
	for (off = 0; off < len; off += BYTES_PER_LINE) {
		fprintf(f, "%08X:", off);
		for (i = 0; i < BYTES_PER_LINE; i++) {
			if (off + i < len)
				fprintf(f, " %02X", p[off + i]);
			else
				fprintf(f, "   ");
		}
		fprintf(f, " | ");
		for (i = 0; i < BYTES_PER_LINE && off + i < len; i++)
			fputc(isprint(p[off + i]) ? p[off + i] : '.', f);
		fputc('\n', f);
	}
	fflush(f);
}

void
rte_memdump(FILE *f, const char *title, const void *buf, unsigned int len)
{
	const uint8_t *p = buf;
	unsigned int i;

	if (title)
		fprintf(f, "%s: ", title);
	for (i = 0; i < len; i++) {
		if (i > 0 && i % BYTES_PER_LINE == 0)
			fputc('\n', f);
		fprintf(f, "%02x%s", p[i], (i + 1) % BYTES_PER_LINE ? ":" : "");
	}
	fputc('\n', f);
	fflush(f);
}
