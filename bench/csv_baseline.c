/*
 * Ingest benchmark, variant (a): the floor. Plain C calling libcsv in strict mode with callbacks
 * that only count, reading the file in 1 MiB blocks. leadrecon's reader is measured against this.
 *
 *   cc -O2 -o bench/csv_baseline bench/csv_baseline.c -lcsv
 *   bench/csv_baseline FILE      ->  {"bytes":N,"rows":N,"fields":N}
 *
 * rows counts every record libcsv reports, the header included; blank lines are not records.
 * Exit status 1 on a parse error (the benchmark file is well-formed), 2 on an I/O error.
 */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

#define BLOCK (1u << 20)

struct counts {
    unsigned long long fields;
    unsigned long long rows;
};

static void on_field(void *data, size_t len, void *ctx) {
    (void)data;
    (void)len;
    ((struct counts *)ctx)->fields++;
}

static void on_row(int terminator, void *ctx) {
    (void)terminator;
    ((struct counts *)ctx)->rows++;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        fprintf(stderr, "csv_baseline: %s: %s\n", argv[1], strerror(errno));
        return 2;
    }
    char *buf = malloc(BLOCK);
    if (!buf) {
        fprintf(stderr, "csv_baseline: out of memory\n");
        return 2;
    }
    struct csv_parser p;
    if (csv_init(&p, CSV_STRICT) != 0) {
        fprintf(stderr, "csv_baseline: csv_init failed\n");
        return 2;
    }
    struct counts c = {0, 0};
    unsigned long long bytes = 0;
    size_t n;
    while ((n = fread(buf, 1, BLOCK, f)) > 0) {
        if (csv_parse(&p, buf, n, on_field, on_row, &c) != n) {
            fprintf(stderr, "csv_baseline: %s: parse error near byte %llu: %s\n", argv[1], bytes,
                    csv_strerror(csv_error(&p)));
            return 1;
        }
        bytes += n;
    }
    if (ferror(f)) {
        fprintf(stderr, "csv_baseline: %s: read error\n", argv[1]);
        return 2;
    }
    if (csv_fini(&p, on_field, on_row, &c) != 0) {
        fprintf(stderr, "csv_baseline: %s: parse error at end: %s\n", argv[1], csv_strerror(csv_error(&p)));
        return 1;
    }
    csv_free(&p);
    free(buf);
    fclose(f);
    printf("{\"bytes\":%llu,\"rows\":%llu,\"fields\":%llu}\n", bytes, c.rows, c.fields);
    return 0;
}
