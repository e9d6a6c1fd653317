// HTML parsing by the system libxml2 (what lxml, and so trafilatura, build on).
// Only stdint types cross this header, so Swift never sees libxml2's own headers.
#ifndef LNM_HTML_H
#define LNM_HTML_H

#include <stddef.h>
#include <stdint.h>

/// Record kinds in the stream `lnm_html_parse` writes.
enum {
  /// An element opens: u32 name length, name (lowercase), u32 attribute count, then per
  /// attribute u32 key length, key (lowercase), u32 value length, value.
  LNM_HTML_OPEN = 1,
  /// The innermost open element closes.
  LNM_HTML_CLOSE = 2,
  /// Character data (text or CDATA): u32 length, UTF-8 bytes.
  LNM_HTML_TEXT = 3,
};

/// Parses `bytes[0..<count]` as HTML with libxml2's error-recovering HTML parser, reading
/// them in `encoding` (an IANA name such as "UTF-8" or "ISO-8859-1"; NULL or an unknown
/// name lets libxml2 detect it), and writes the document tree depth-first to `*stream`
/// (`*stream_count` bytes, all integers little-endian, all text UTF-8) as records of the
/// kinds above. Comments and processing instructions are left out. Returns 0, or -1 when
/// nothing could be parsed or memory ran out. Free the stream with `lnm_html_free`.
int32_t lnm_html_parse(const uint8_t *bytes, size_t count, const char *encoding, uint8_t **stream,
                       size_t *stream_count);

/// Frees a stream written by `lnm_html_parse`.
void lnm_html_free(uint8_t *stream);

#endif
