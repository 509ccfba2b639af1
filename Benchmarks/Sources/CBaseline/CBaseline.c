// The benchmark's C baseline: see include/CBaseline.h.
//
// Each case does what the Swift wrapper does for the same job, in the same formats:
// integers and instants as binary parameters (int8, timestamptz as int64 microseconds),
// strings as untyped text parameters, results in binary, COPY in binary, connection
// settings as PQ's (client_encoding UTF8).
#define _GNU_SOURCE

#include "CBaseline.h"

#include <libpq-fe.h>
#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

// PostgreSQL type OIDs (catalog/pg_type.h is a server header).
#define INT4OID 23
#define INT8OID 20
#define TEXTOID 25
#define TIMESTAMPTZOID 1184

#define COPY_CHUNK (256 * 1024)
#define PIPELINE_PUMP_EVERY 64
#define PIPELINE_MAX_IN_FLIGHT 4096

static const char *const INSERT_SQL =
    "INSERT INTO bench_shifts (person_id, centre_id, starts_at, ends_at, role, note) "
    "VALUES ($1, $2, $3, $4, $5, $6)";
static const char *const COPY_SQL =
    "COPY \"bench_shifts\" (\"person_id\", \"centre_id\", \"starts_at\", \"ends_at\", \"role\", \"note\") "
    "FROM STDIN (FORMAT binary)";
static const char *const SELECT_SQL =
    "SELECT person_id, centre_id, starts_at, ends_at, role, note FROM bench_shifts";

// The parameters as PQ sends them: Int -> int8 and Date -> timestamptz in binary; String
// untyped (OID 0, the server infers text) in text format, read by libpq up to its NUL.
static const Oid INSERT_TYPES[6] = {INT8OID, INT8OID, TIMESTAMPTZOID, TIMESTAMPTZOID, 0, 0};
static const int INSERT_FORMATS[6] = {1, 1, 1, 1, 0, 0};

struct cb_conn {
    PGconn *pg;
    int statement_counter;
    char error[1024];
};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void set_error(cb_conn *conn, const char *format, ...) {
    va_list args;
    va_start(args, format);
    vsnprintf(conn->error, sizeof conn->error, format, args);
    va_end(args);
}

static int64_t fail(cb_conn *conn, const char *what, PGresult *result) {
    const char *message = result ? PQresultErrorMessage(result) : "";
    if (!message || !*message) message = PQerrorMessage(conn->pg);
    set_error(conn, "%s: %s", what, message);
    if (result) PQclear(result);
    return -1;
}

/// Checks a result's status, clears it; 0 on success.
static int expect(cb_conn *conn, PGresult *result, ExecStatusType wanted, const char *what) {
    if (!result || PQresultStatus(result) != wanted) {
        fail(conn, what, result);
        return -1;
    }
    PQclear(result);
    return 0;
}

static int exec_simple(cb_conn *conn, const char *sql) {
    // Like PQ's conn.execute("BEGIN"): extended protocol, no parameter, binary results.
    return expect(conn, PQexecParams(conn->pg, sql, 0, NULL, NULL, NULL, NULL, 1), PGRES_COMMAND_OK, sql);
}

static inline void put16(char *out, int16_t value) {
    uint16_t v = (uint16_t)value;
    out[0] = (char)(v >> 8);
    out[1] = (char)v;
}

static inline void put32(char *out, int32_t value) {
    uint32_t v = (uint32_t)value;
    out[0] = (char)(v >> 24);
    out[1] = (char)(v >> 16);
    out[2] = (char)(v >> 8);
    out[3] = (char)v;
}

static inline void put64(char *out, int64_t value) {
    uint64_t v = (uint64_t)value;
    for (int i = 7; i >= 0; i--) {
        out[i] = (char)v;
        v >>= 8;
    }
}

static inline int32_t get32(const char *in) {
    const unsigned char *p = (const unsigned char *)in;
    return (int32_t)((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3]);
}

static inline int64_t get64(const char *in) {
    const unsigned char *p = (const unsigned char *)in;
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) v = v << 8 | p[i];
    return (int64_t)v;
}

// ---------------------------------------------------------------------------
// Dataset
// ---------------------------------------------------------------------------

static const char *const ROLES[] = {"infirmier", "aide-soignante", "médecin", "secrétaire médicale"};

cb_dataset *cb_dataset_make(int count) {
    cb_dataset *d = calloc(1, sizeof *d);
    if (!d) return NULL;
    d->count = count;
    d->person = malloc(sizeof(int64_t) * count);
    d->centre = malloc(sizeof(int64_t) * count);
    d->starts = malloc(sizeof(int64_t) * count);
    d->ends = malloc(sizeof(int64_t) * count);
    d->role = malloc(sizeof(char *) * count);
    d->role_len = malloc(sizeof(int32_t) * count);
    d->note = malloc(sizeof(char *) * count);
    d->note_len = malloc(sizeof(int32_t) * count);
    const size_t note_room = 48;
    d->text_storage = malloc(note_room * (size_t)count);
    // 2024-01-01 00:00 UTC, in microseconds since 2000-01-01 UTC.
    const int64_t base = (int64_t)8766 * 86400 * 1000000;
    for (int i = 0; i < count; i++) {
        d->person[i] = 1 + (i * 7919) % 5000;
        d->centre[i] = 1 + i % 97;
        d->starts[i] = base + (int64_t)i * 900 * 1000000;            // every 15 minutes
        d->ends[i] = d->starts[i] + (int64_t)(8 + i % 5) * 3600 * 1000000;  // 8 to 12 hours
        d->role[i] = ROLES[i % 4];
        d->role_len[i] = (int32_t)strlen(ROLES[i % 4]);
        char *note = d->text_storage + note_room * (size_t)i;
        int length = snprintf(note, note_room, "garde %07d du centre %03d, relève à 7 h", i, (int)d->centre[i]);
        d->note[i] = note;
        d->note_len[i] = length;
    }
    return d;
}

void cb_dataset_free(cb_dataset *d) {
    if (!d) return;
    free(d->person);
    free(d->centre);
    free(d->starts);
    free(d->ends);
    free(d->role);
    free(d->role_len);
    free(d->note);
    free(d->note_len);
    free(d->text_storage);
    free(d);
}

// ---------------------------------------------------------------------------
// Connection
// ---------------------------------------------------------------------------

static void ignore_notice(void *argument, const char *message) {
    (void)argument;
    (void)message;
}

cb_conn *cb_connect(void) {
    cb_conn *conn = calloc(1, sizeof *conn);
    if (!conn) return NULL;
    // The same keywords as PQ's Connection(conninfo: ""): everything else from PG*.
    const char *keywords[] = {"fallback_application_name", "dbname", "client_encoding", NULL};
    const char *values[] = {"pq-bench-c", "", "UTF8", NULL};
    conn->pg = PQconnectdbParams(keywords, values, 1);
    if (!conn->pg || PQstatus(conn->pg) != CONNECTION_OK) {
        set_error(conn, "connection failed: %s", conn->pg ? PQerrorMessage(conn->pg) : "out of memory");
    } else {
        PQsetNoticeProcessor(conn->pg, ignore_notice, NULL);  // PQ drops notices too
    }
    return conn;
}

int cb_libpq_version(void) { return PQlibVersion(); }

int cb_backend_pid(const cb_conn *conn) { return PQbackendPID(conn->pg); }

void cb_disconnect(cb_conn *conn) {
    if (!conn) return;
    PQfinish(conn->pg);
    free(conn);
}

const char *cb_error(const cb_conn *conn) { return conn ? conn->error : "out of memory"; }

int cb_exec(cb_conn *conn, const char *sql) {
    PGresult *result = PQexec(conn->pg, sql);
    ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        fail(conn, sql, result);
        return -1;
    }
    PQclear(result);
    return 0;
}

// ---------------------------------------------------------------------------
// Inserts
// ---------------------------------------------------------------------------

/// Row i as binary parameters: the integers in network order in `scratch` (32 bytes).
static inline void bind_row(const cb_dataset *d, int i, char *scratch, const char *values[6], int lengths[6]) {
    put64(scratch, d->person[i]);
    put64(scratch + 8, d->centre[i]);
    put64(scratch + 16, d->starts[i]);
    put64(scratch + 24, d->ends[i]);
    values[0] = scratch;
    values[1] = scratch + 8;
    values[2] = scratch + 16;
    values[3] = scratch + 24;
    values[4] = d->role[i];
    values[5] = d->note[i];
    lengths[0] = lengths[1] = lengths[2] = lengths[3] = 8;
    lengths[4] = d->role_len[i];
    lengths[5] = d->note_len[i];
}

int64_t cb_run_insert_each(cb_conn *conn, const cb_dataset *d) {
    char scratch[32];
    const char *values[6];
    int lengths[6];
    int64_t start = now_ns();
    if (exec_simple(conn, "BEGIN") != 0) return -1;
    for (int i = 0; i < d->count; i++) {
        bind_row(d, i, scratch, values, lengths);
        PGresult *result = PQexecParams(conn->pg, INSERT_SQL, 6, INSERT_TYPES, values, lengths, INSERT_FORMATS, 1);
        if (expect(conn, result, PGRES_COMMAND_OK, "INSERT") != 0) return -1;
    }
    if (exec_simple(conn, "COMMIT") != 0) return -1;
    return now_ns() - start;
}

/// Prepares INSERT_SQL under a new name, written into `name` (32 bytes).
static int prepare_insert(cb_conn *conn, char *name) {
    snprintf(name, 32, "cb_%d", ++conn->statement_counter);
    return expect(conn, PQprepare(conn->pg, name, INSERT_SQL, 6, INSERT_TYPES), PGRES_COMMAND_OK, "PREPARE");
}

int64_t cb_run_insert_prepared(cb_conn *conn, const cb_dataset *d) {
    char scratch[32], name[32];
    const char *values[6];
    int lengths[6];
    int64_t start = now_ns();
    if (prepare_insert(conn, name) != 0) return -1;
    if (exec_simple(conn, "BEGIN") != 0) return -1;
    for (int i = 0; i < d->count; i++) {
        bind_row(d, i, scratch, values, lengths);
        PGresult *result = PQexecPrepared(conn->pg, name, 6, values, lengths, INSERT_FORMATS, 1);
        if (expect(conn, result, PGRES_COMMAND_OK, "INSERT") != 0) return -1;
    }
    if (exec_simple(conn, "COMMIT") != 0) return -1;
    return now_ns() - start;
}

typedef struct pipeline_state {
    int sent;      // statements queued
    int finished;  // statements whose results were all read (the NULL after them seen)
    int failed;
} pipeline_state;

/// Reads the results libpq already holds, without blocking.
static void pipeline_read_available(cb_conn *conn, pipeline_state *state) {
    while (state->finished < state->sent && !PQisBusy(conn->pg)) {
        PGresult *result = PQgetResult(conn->pg);
        if (!result) {
            state->finished++;
            continue;
        }
        ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_PIPELINE_SYNC && !state->failed) {
            fail(conn, "pipelined statement", result);
            state->failed = 1;
            continue;
        }
        PQclear(result);
    }
}

/// Flushes and reads; waits on the socket only while the output cannot be flushed and,
/// unless `until_flushed`, too many statements are in flight.
static int pipeline_pump(cb_conn *conn, pipeline_state *state, int until_flushed) {
    for (;;) {
        int flushed = PQflush(conn->pg);
        if (flushed < 0 || !PQconsumeInput(conn->pg)) return (int)fail(conn, "pipeline I/O", NULL);
        pipeline_read_available(conn, state);
        if (flushed == 0 || (!until_flushed && state->sent - state->finished < PIPELINE_MAX_IN_FLIGHT)) return 0;
        struct pollfd descriptor = {.fd = PQsocket(conn->pg), .events = POLLIN | POLLOUT};
        poll(&descriptor, 1, -1);
    }
}

static int pipeline_send_simple(cb_conn *conn, pipeline_state *state, const char *sql) {
    if (!PQsendQueryParams(conn->pg, sql, 0, NULL, NULL, NULL, NULL, 1)) return (int)fail(conn, sql, NULL);
    state->sent++;
    return 0;
}

int64_t cb_run_insert_pipeline(cb_conn *conn, const cb_dataset *d) {
    char scratch[32], name[32];
    const char *values[6];
    int lengths[6];
    pipeline_state state = {0, 0, 0};
    int64_t start = now_ns();
    if (prepare_insert(conn, name) != 0) return -1;
    if (!PQenterPipelineMode(conn->pg) || PQsetnonblocking(conn->pg, 1) != 0) return fail(conn, "pipeline mode", NULL);
    if (pipeline_send_simple(conn, &state, "BEGIN") != 0) return -1;
    for (int i = 0; i < d->count; i++) {
        bind_row(d, i, scratch, values, lengths);
        if (!PQsendQueryPrepared(conn->pg, name, 6, values, lengths, INSERT_FORMATS, 1)) return fail(conn, "INSERT", NULL);
        state.sent++;
        if (state.sent % PIPELINE_PUMP_EVERY == 0 && pipeline_pump(conn, &state, 0) != 0) return -1;
    }
    if (pipeline_send_simple(conn, &state, "COMMIT") != 0) return -1;
    if (!PQpipelineSync(conn->pg)) return fail(conn, "pipeline sync", NULL);
    if (pipeline_pump(conn, &state, 1) != 0) return -1;
    if (PQsetnonblocking(conn->pg, 0) != 0) return fail(conn, "pipeline mode", NULL);
    // Blocking now: read every remaining result up to the sync point.
    for (;;) {
        PGresult *result = PQgetResult(conn->pg);
        if (!result) {
            if (state.finished < state.sent) {
                state.finished++;
                continue;
            }
            return fail(conn, "pipeline ended before its sync point", NULL);
        }
        ExecStatusType status = PQresultStatus(result);
        PQclear(result);
        if (status == PGRES_PIPELINE_SYNC) break;
        if (status != PGRES_COMMAND_OK && !state.failed) {
            set_error(conn, "pipelined statement failed");
            state.failed = 1;
        }
    }
    int64_t elapsed = now_ns() - start;
    if (!PQexitPipelineMode(conn->pg)) return fail(conn, "exit pipeline mode", NULL);
    if (state.failed) return -1;
    return elapsed;
}

// ---------------------------------------------------------------------------
// COPY
// ---------------------------------------------------------------------------

int64_t cb_run_copy_in(cb_conn *conn, const cb_dataset *d) {
    // Room for one chunk plus the largest row, so a row never straddles a reallocation.
    char *buffer = malloc(COPY_CHUNK + 4096);
    if (!buffer) return fail(conn, "out of memory", NULL);
    int64_t start = now_ns();
    PGresult *result = PQexec(conn->pg, COPY_SQL);
    if (!result || PQresultStatus(result) != PGRES_COPY_IN) {
        free(buffer);
        return fail(conn, "COPY", result);
    }
    PQclear(result);
    // Header: signature, flags, header extension length.
    static const char signature[11] = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', '\377', '\r', '\n', '\0'};
    memcpy(buffer, signature, 11);
    put32(buffer + 11, 0);
    put32(buffer + 15, 0);
    size_t used = 19;
    for (int i = 0; i < d->count; i++) {
        char *out = buffer + used;
        put16(out, 6);
        put32(out + 2, 8);
        put64(out + 6, d->person[i]);
        put32(out + 14, 8);
        put64(out + 18, d->centre[i]);
        put32(out + 26, 8);
        put64(out + 30, d->starts[i]);
        put32(out + 38, 8);
        put64(out + 42, d->ends[i]);
        out += 50;
        put32(out, d->role_len[i]);
        memcpy(out + 4, d->role[i], (size_t)d->role_len[i]);
        out += 4 + d->role_len[i];
        put32(out, d->note_len[i]);
        memcpy(out + 4, d->note[i], (size_t)d->note_len[i]);
        out += 4 + d->note_len[i];
        used = (size_t)(out - buffer);
        if (used >= COPY_CHUNK) {
            if (PQputCopyData(conn->pg, buffer, (int)used) != 1) {
                free(buffer);
                return fail(conn, "PQputCopyData", NULL);
            }
            used = 0;
        }
    }
    put16(buffer + used, -1);  // trailer
    used += 2;
    int sent = PQputCopyData(conn->pg, buffer, (int)used);
    free(buffer);
    if (sent != 1 || PQputCopyEnd(conn->pg, NULL) != 1) return fail(conn, "COPY end", NULL);
    result = PQgetResult(conn->pg);
    if (!result || PQresultStatus(result) != PGRES_COMMAND_OK || atoll(PQcmdTuples(result)) != d->count) {
        return fail(conn, "COPY result", result);
    }
    PQclear(result);
    while ((result = PQgetResult(conn->pg))) PQclear(result);
    return now_ns() - start;
}

// ---------------------------------------------------------------------------
// SELECT and decode
// ---------------------------------------------------------------------------

/// One decoded row; strings are malloc'ed copies, NUL-terminated.
typedef struct decoded_shift {
    int64_t person, centre;
    int64_t starts, ends;  // microseconds since 2000-01-01 UTC
    char *role, *note;
    int32_t role_len, note_len;
} decoded_shift;

typedef struct decoded_rows {
    decoded_shift *rows;
    int64_t count, capacity;
} decoded_rows;

static char *copy_text(const PGresult *result, int row, int column, int32_t *length) {
    int n = PQgetlength(result, row, column);
    char *text = malloc((size_t)n + 1);
    memcpy(text, PQgetvalue(result, row, column), (size_t)n);
    text[n] = '\0';
    *length = n;
    return text;
}

/// Checks the result's shape once per PGresult, as a C program would (types and format).
static int check_columns(cb_conn *conn, const PGresult *result) {
    static const Oid types[6] = {INT8OID, INT8OID, TIMESTAMPTZOID, TIMESTAMPTZOID, TEXTOID, TEXTOID};
    if (PQnfields(result) != 6) return (int)fail(conn, "SELECT: expected 6 columns", NULL);
    for (int c = 0; c < 6; c++) {
        if (PQftype(result, c) != types[c] || PQfformat(result, c) != 1) {
            set_error(conn, "SELECT: unexpected type for column %d", c);
            return -1;
        }
    }
    return 0;
}

/// Decodes row `row` of `result`; -1 on a NULL or an integer of the wrong size.
static int decode_row(cb_conn *conn, const PGresult *result, int row, decoded_rows *out) {
    if (out->count == out->capacity) {
        out->capacity = out->capacity ? 2 * out->capacity : 1024;
        out->rows = realloc(out->rows, sizeof *out->rows * (size_t)out->capacity);
    }
    for (int c = 0; c < 6; c++) {
        if (PQgetisnull(result, row, c) || (c < 4 && PQgetlength(result, row, c) != 8)) {
            set_error(conn, "SELECT: bad value in column %d", c);
            return -1;
        }
    }
    decoded_shift *shift = &out->rows[out->count++];
    shift->person = get64(PQgetvalue(result, row, 0));
    shift->centre = get64(PQgetvalue(result, row, 1));
    shift->starts = get64(PQgetvalue(result, row, 2));
    shift->ends = get64(PQgetvalue(result, row, 3));
    shift->role = copy_text(result, row, 4, &shift->role_len);
    shift->note = copy_text(result, row, 5, &shift->note_len);
    return 0;
}

int64_t cb_run_select_decode(cb_conn *conn, int single_row, int64_t *row_count, int64_t *checksum) {
    decoded_rows out = {NULL, 0, 0};
    int failed = 0;
    int64_t start = now_ns();
    if (single_row) {
        if (!PQsendQueryParams(conn->pg, SELECT_SQL, 0, NULL, NULL, NULL, NULL, 1)) return fail(conn, "SELECT", NULL);
        if (!PQsetSingleRowMode(conn->pg)) return fail(conn, "single-row mode", NULL);
        PGresult *result;
        while ((result = PQgetResult(conn->pg))) {
            ExecStatusType status = PQresultStatus(result);
            if (status == PGRES_SINGLE_TUPLE && !failed) {
                failed = check_columns(conn, result) != 0 || decode_row(conn, result, 0, &out) != 0;
            } else if (status != PGRES_TUPLES_OK && status != PGRES_SINGLE_TUPLE && !failed) {
                fail(conn, "SELECT", NULL);
                failed = 1;
            }
            PQclear(result);
        }
    } else {
        PGresult *result = PQexecParams(conn->pg, SELECT_SQL, 0, NULL, NULL, NULL, NULL, 1);
        if (!result || PQresultStatus(result) != PGRES_TUPLES_OK) return fail(conn, "SELECT", result);
        int rows = PQntuples(result);
        failed = check_columns(conn, result) != 0;
        for (int row = 0; row < rows && !failed; row++) failed = decode_row(conn, result, row, &out) != 0;
        PQclear(result);
    }
    int64_t elapsed = now_ns() - start;

    int64_t sum = 0;
    for (int64_t i = 0; i < out.count; i++) {
        decoded_shift *s = &out.rows[i];
        sum += s->person + s->centre + s->role_len + s->note_len + (s->ends - s->starts) / 1000000;
        free(s->role);
        free(s->note);
    }
    free(out.rows);
    *row_count = out.count;
    *checksum = sum;
    return failed ? -1 : elapsed;
}

// ---------------------------------------------------------------------------
// Round trips
// ---------------------------------------------------------------------------

int64_t cb_run_roundtrip(cb_conn *conn, int count, int64_t *checksum) {
    int64_t sum = 0;
    int64_t start = now_ns();
    for (int i = 0; i < count; i++) {
        PGresult *result = PQexecParams(conn->pg, "SELECT 1", 0, NULL, NULL, NULL, NULL, 1);
        if (!result || PQresultStatus(result) != PGRES_TUPLES_OK || PQntuples(result) != 1 || PQnfields(result) != 1 ||
            PQftype(result, 0) != INT4OID || PQgetisnull(result, 0, 0) || PQgetlength(result, 0, 0) != 4) {
            return fail(conn, "SELECT 1", result);
        }
        sum += get32(PQgetvalue(result, 0, 0));
        PQclear(result);
    }
    int64_t elapsed = now_ns() - start;
    *checksum = sum;
    return elapsed;
}

// ---------------------------------------------------------------------------
// CPU placement
// ---------------------------------------------------------------------------

static cpu_set_t allowed_cpus;
static int allowed_known;

static void read_allowed(void) {
    if (allowed_known) return;
    CPU_ZERO(&allowed_cpus);
    if (sched_getaffinity(0, sizeof allowed_cpus, &allowed_cpus) != 0) CPU_SET(0, &allowed_cpus);
    allowed_known = 1;
}

int cb_cpu_count(void) {
    read_allowed();
    return CPU_COUNT(&allowed_cpus);
}

int cb_pin(int pid, int index) {
    read_allowed();
    int count = CPU_COUNT(&allowed_cpus);
    if (count == 0) return EINVAL;
    index %= count;
    for (int cpu = 0; cpu < CPU_SETSIZE; cpu++) {
        if (!CPU_ISSET(cpu, &allowed_cpus)) continue;
        if (index-- == 0) {
            cpu_set_t one;
            CPU_ZERO(&one);
            CPU_SET(cpu, &one);
            return sched_setaffinity(pid, sizeof one, &one) == 0 ? 0 : errno;
        }
    }
    return EINVAL;
}

int cb_pin_all_threads(int index) {
    DIR *tasks = opendir("/proc/self/task");
    if (!tasks) return cb_pin(0, index);
    int result = 0;
    struct dirent *entry;
    while ((entry = readdir(tasks))) {
        int tid = atoi(entry->d_name);
        if (tid <= 0) continue;
        int error = cb_pin(tid, index);
        if (error && !result) result = error;
    }
    closedir(tasks);
    return result;
}
