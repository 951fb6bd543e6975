// The one header through which Swift sees curses.
// SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here, before ncurses.h.
#ifndef READINESS_CNCURSESW_SHIM_H
#define READINESS_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

// Macros and globals that Swift cannot import (or that Swift 6 rejects as unsafe globals).
static inline WINDOW *readiness_stdscr(void) { return stdscr; }
static inline int readiness_lines(void) { return LINES; }
static inline int readiness_cols(void) { return COLS; }
static inline int readiness_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t readiness_a_bold(void) { return A_BOLD; }
static inline attr_t readiness_a_reverse(void) { return A_REVERSE; }
static inline attr_t readiness_a_underline(void) { return A_UNDERLINE; }
static inline attr_t readiness_a_dim(void) { return A_DIM; }
static inline attr_t readiness_a_normal(void) { return A_NORMAL; }
static inline attr_t readiness_color_pair(int pair) { return COLOR_PAIR(pair); }
static inline int readiness_key_resize(void) { return KEY_RESIZE; }
static inline void readiness_set_escdelay(int delay) { set_escdelay(delay); }
static inline int readiness_set_attributes(attr_t attributes) { return attrset((int)attributes); }
static inline int readiness_put_wide(int y, int x, const wchar_t *text, int count) { return mvaddnwstr(y, x, text, count); }
static inline int readiness_move(int y, int x) { return move(y, x); }
static inline int readiness_get_wide_char(wint_t *character) { return wget_wch(stdscr, character); }
static inline int readiness_key_code_yes(void) { return KEY_CODE_YES; }
static inline FILE *readiness_standard_input(void) { return stdin; }
static inline FILE *readiness_standard_output(void) { return stdout; }

#endif
