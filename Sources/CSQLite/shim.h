#ifndef HRAP_CSQLITE_SHIM_H
#define HRAP_CSQLITE_SHIM_H
#include <sqlite3.h>

/// Binds a copy of the text (SQLITE_TRANSIENT is a macro Swift cannot import).
static inline int csqlite_bind_text(sqlite3_stmt *stmt, int index, const char *text, int length) {
    return sqlite3_bind_text(stmt, index, text, length, SQLITE_TRANSIENT);
}

/// Binds a copy of the bytes.
static inline int csqlite_bind_blob(sqlite3_stmt *stmt, int index, const void *bytes, int length) {
    return sqlite3_bind_blob(stmt, index, bytes, length, SQLITE_TRANSIENT);
}

/// Turns on defensive mode, which forbids writes that can corrupt the file (sqlite3_db_config is variadic).
static inline int csqlite_enable_defensive(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)0);
}

/// Makes a double-quoted name that is no column an error instead of a string literal (SQLite's legacy behaviour),
/// so that a query naming a missing column fails loudly.
static inline int csqlite_disable_double_quoted_strings(sqlite3 *db) {
#ifdef SQLITE_DBCONFIG_DQS_DML
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, (int *)0);
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, (int *)0);
#else
    return 0;
#endif
}
#endif
