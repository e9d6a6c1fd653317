// Sentence and word boundaries from the system ICU, over UTF-8 text.
// Only stdint types cross this header, so Swift never sees ICU's own headers.
#ifndef LNM_ICU_H
#define LNM_ICU_H

#include <stdint.h>

/// An ICU sentence iterator and word iterator sharing one text; use from one thread at a time.
typedef struct lnm_segmenter lnm_segmenter;

/// Opens a segmenter for `locale` ("" for root). Returns NULL and sets `*err` on failure.
lnm_segmenter *lnm_segmenter_open(const char *locale, int32_t *err);

/// Releases a segmenter; NULL is ignored.
void lnm_segmenter_close(lnm_segmenter *segmenter);

/// Makes the `count` spans `utf8[starts[i]..<ends[i]]` (ascending, not overlapping) the text
/// of both iterators (the word iterator takes it when words are first asked for): converted to UTF-16 once, line breaks inside a span read as spaces
/// (so hard-wrapped lines do not end sentences), and spans joined by U+2029 PARAGRAPH
/// SEPARATOR (so no sentence or word crosses from one span to the next). Boundaries are
/// reported as UTF-8 offsets from `utf8`; the separator after a span maps to its end.
/// `utf8` must stay alive while boundaries are asked for. Returns 0, or -1 with `*err` set.
int32_t lnm_segmenter_set_text(lnm_segmenter *segmenter, const uint8_t *utf8, const int32_t *starts,
                               const int32_t *ends, int32_t count, int32_t *err);

/// Writes the sentence boundaries inside `[start, end)` of the current text (UTF-8 byte
/// offsets, ascending, each > start, the last == end) to `offsets`. Returns how many there
/// are, which may exceed `capacity` (then only `capacity` were written and the caller calls
/// again with a larger buffer).
int32_t lnm_segmenter_sentences(lnm_segmenter *segmenter, int32_t start, int32_t end, int32_t *offsets,
                                int32_t capacity);

/// Like `lnm_segmenter_sentences` for word boundaries, also writing ICU's rule status of
/// the segment ending at each boundary to `statuses` (0 for a segment cut short at `end`).
/// Returns 0 when ICU cannot take the text.
int32_t lnm_segmenter_words(lnm_segmenter *segmenter, int32_t start, int32_t end, int32_t *offsets,
                            int32_t *statuses, int32_t capacity);

/// A short English description of an ICU error code.
const char *lnm_icu_error_name(int32_t err);

#endif
