/* The floor for YAML loading: read the file and run libyaml's event loop over it, nothing else.
 * Usage: yaml-floor [--repeat N] FILE   Prints `events best-milliseconds` (best of N, default 5,
 * in CPU time of the process, as govlint-loadbench measures). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <yaml.h>

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static long run(const char *path, double *ms) {
    double start = now_ms();
    FILE *file = fopen(path, "rb");
    if (!file) { perror(path); exit(1); }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *text = malloc(size > 0 ? size : 1);
    if (fread(text, 1, size, file) != (size_t)size) { perror(path); exit(1); }
    fclose(file);

    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, text, size);
    long events = 0;
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s: %s\n", path, parser.problem);
            exit(1);
        }
        events++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    free(text);
    *ms = now_ms() - start;
    return events;
}

int main(int argc, char **argv) {
    int repeats = 5;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) repeats = atoi(argv[++i]);
        else path = argv[i];
    }
    if (!path) { fprintf(stderr, "usage: yaml-floor [--repeat N] FILE\n"); return 2; }
    double best = 1e18, ms;
    long events = 0;
    for (int r = 0; r < (repeats > 0 ? repeats : 1); r++) {
        events = run(path, &ms);
        if (ms < best) best = ms;
    }
    printf("%ld %.1f\n", events, best);
    return 0;
}
