/*
 * blob.h — the layout of the read-only tables built at build time
 * (tools/tables) and linked into the library as bytes: a header, a
 * directory of sections, then the sections, each aligned for its records.
 *
 * The tables are written by the same C structures that read them (the
 * table builder is compiled from this tree), so there are no initialisers
 * to keep in step with a struct; GT_BLOB_FORMAT and the record sizes in
 * the header catch a table built by another revision of the layout.
 */
#ifndef GT_BLOB_H
#define GT_BLOB_H

#include <stddef.h>
#include <stdint.h>

#define GT_BLOB_MAGIC 0x54425447u	/* "GTBT" in a little-endian file */
#define GT_BLOB_FORMAT 1u		/* bumped when a section's layout changes */
#define GT_BLOB_ALIGN 64		/* sections start on a cache line */

/* The start of a table file. */
typedef struct gt_blob_header
{
	uint32_t	magic;
	uint32_t	format;
	uint32_t	nsections;
	uint32_t	record_size;	/* size of the table's main record, checked on use */
} gt_blob_header;

/* One entry of the section directory that follows the header. */
typedef struct gt_blob_section
{
	uint32_t	id;
	uint32_t	count;			/* number of items in the section */
	uint64_t	offset;			/* from the start of the blob */
	uint64_t	size;			/* in bytes */
} gt_blob_section;

/*
 * The section `id` of a blob, or NULL when it has none (or the blob is not
 * of this format and record size); *count is its item count.
 */
static inline const void *
gt_blob_find(const unsigned char *blob, uint32_t record_size, uint32_t id,
			 uint32_t *count)
{
	const gt_blob_header *h = (const gt_blob_header *) blob;
	const gt_blob_section *dir = (const gt_blob_section *) (h + 1);

	if (h->magic != GT_BLOB_MAGIC || h->format != GT_BLOB_FORMAT ||
		h->record_size != record_size)
		return NULL;
	for (uint32_t i = 0; i < h->nsections; i++)
		if (dir[i].id == id)
		{
			if (count)
				*count = dir[i].count;
			return blob + dir[i].offset;
		}
	return NULL;
}

/*
 * Link the table file at `path` (a string literal, relative to the build's
 * working directory) into the library as the hidden read-only array
 * `symbol`, aligned like its sections. x86-64 and other ELF targets with
 * the GNU assembler's .incbin (gcc and clang both assemble it).
 */
#define GT_BLOB_EMBED(symbol, path) \
	__asm__(".section .rodata." #symbol ",\"a\",@progbits\n" \
			".balign 64\n" \
			".globl " #symbol "\n" \
			".hidden " #symbol "\n" \
			".type " #symbol ", @object\n" \
			#symbol ":\n" \
			".incbin \"" path "\"\n" \
			".size " #symbol ", . - " #symbol "\n" \
			".previous\n")

#endif							/* GT_BLOB_H */
