// The C side of the benchmark: the workload of scripts/bench written against libpq
// directly, as a careful C programmer would, to measure what the Swift wrapper costs.
//
// Every cb_run_* function runs one case on an open connection and returns the time it
// took in nanoseconds (CLOCK_MONOTONIC, from the first statement sent to the last result
// read), or -1 after an error (see cb_error). Table preparation (TRUNCATE…) is left to
// the caller and is never timed.
#ifndef CBASELINE_H
#define CBASELINE_H

#include <stdint.h>

/// The rows every insert case sends: "shifts" made of two ints, two instants, two texts.
/// Made once by cb_dataset_make; the Swift side builds its own values from the same arrays,
/// so both sides send byte-for-byte the same data.
typedef struct cb_dataset {
    int count;
    int64_t *person;      // person_id  bigint
    int64_t *centre;      // centre_id  bigint
    int64_t *starts;      // starts_at  timestamptz, microseconds since 2000-01-01 UTC
    int64_t *ends;        // ends_at    timestamptz, idem
    const char **role;    // role       text, UTF-8, NUL-terminated
    int32_t *role_len;
    const char **note;    // note       text, UTF-8, NUL-terminated
    int32_t *note_len;
    char *text_storage;
} cb_dataset;

cb_dataset *cb_dataset_make(int count);
void cb_dataset_free(cb_dataset *dataset);

/// A libpq connection opened from the PG* environment, like PQ's Connection("").
typedef struct cb_conn cb_conn;

cb_conn *cb_connect(void);
/// libpq's version number (PQlibVersion), e.g. 150018.
int cb_libpq_version(void);
void cb_disconnect(cb_conn *conn);
/// The server process serving this connection (PQbackendPID).
int cb_backend_pid(const cb_conn *conn);
/// The last error (or the connection failure when cb_connect's result has one).
const char *cb_error(const cb_conn *conn);
/// Runs untimed setup SQL (DDL, TRUNCATE, VACUUM); 0 on success, -1 on error.
int cb_exec(cb_conn *conn, const char *sql);

/// Single-row INSERTs through PQexecParams, BEGIN…COMMIT around them.
int64_t cb_run_insert_each(cb_conn *conn, const cb_dataset *rows);
/// PQprepare once, then PQexecPrepared per row, BEGIN…COMMIT around them.
int64_t cb_run_insert_prepared(cb_conn *conn, const cb_dataset *rows);
/// PQprepare, then pipeline mode: BEGIN, one PQsendQueryPrepared per row, COMMIT, one sync.
int64_t cb_run_insert_pipeline(cb_conn *conn, const cb_dataset *rows);
/// COPY … FROM STDIN (FORMAT binary), rows encoded by hand, sent in ~256 KB chunks.
int64_t cb_run_copy_in(cb_conn *conn, const cb_dataset *rows);

/// SELECT of every row, decoded into C values (strings malloc'ed and copied).
/// single_row != 0: single-row mode (streaming); 0: one buffered PGresult.
/// *row_count receives the number of rows read, *checksum a sum over the decoded values
/// (the same as the Swift side computes); the decoded rows are freed after the clock stops.
int64_t cb_run_select_decode(cb_conn *conn, int single_row, int64_t *row_count, int64_t *checksum);
/// `count` times SELECT 1 (PQexecParams, no parameter, binary result), the int4 read.
int64_t cb_run_roundtrip(cb_conn *conn, int count, int64_t *checksum);

/// Not part of any measurement: binds process (or thread) `pid` (0: the calling thread)
/// to the `index`-th CPU this process may run on (wrapping around). 0 on success, else errno.
int cb_pin(int pid, int index);
/// Binds every thread of this process (from /proc/self/task) to the `index`-th CPU.
int cb_pin_all_threads(int index);
/// How many CPUs this process may run on.
int cb_cpu_count(void);

#endif
