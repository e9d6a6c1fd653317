// HTML parsing by libxml2, flattened into a record stream (see lnm_html.h).
#include "lnm_html.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/// A growing output buffer; `failed` is set once memory runs out.
typedef struct {
  uint8_t *bytes;
  size_t count;
  size_t capacity;
  int failed;
} lnm_buffer;

static void lnm_reserve(lnm_buffer *buffer, size_t extra) {
  if (buffer->failed || buffer->count + extra <= buffer->capacity) return;
  size_t capacity = buffer->capacity ? buffer->capacity : 4096;
  while (capacity < buffer->count + extra) capacity *= 2;
  uint8_t *grown = realloc(buffer->bytes, capacity);
  if (!grown) {
    buffer->failed = 1;
    return;
  }
  buffer->bytes = grown;
  buffer->capacity = capacity;
}

static void lnm_put_u32(lnm_buffer *buffer, uint32_t value) {
  lnm_reserve(buffer, 4);
  if (buffer->failed) return;
  for (int shift = 0; shift < 32; shift += 8) buffer->bytes[buffer->count++] = (uint8_t)(value >> shift);
}

static void lnm_put_kind(lnm_buffer *buffer, uint8_t kind) {
  lnm_reserve(buffer, 1);
  if (!buffer->failed) buffer->bytes[buffer->count++] = kind;
}

static void lnm_put_string(lnm_buffer *buffer, const xmlChar *text) {
  size_t length = text ? strlen((const char *)text) : 0;
  if (length > UINT32_MAX) length = UINT32_MAX;
  lnm_put_u32(buffer, (uint32_t)length);
  lnm_reserve(buffer, length);
  if (buffer->failed || length == 0) return;
  memcpy(buffer->bytes + buffer->count, text, length);
  buffer->count += length;
}

static void lnm_put_open(lnm_buffer *buffer, xmlNodePtr node) {
  lnm_put_kind(buffer, LNM_HTML_OPEN);
  lnm_put_string(buffer, node->name);
  uint32_t attributes = 0;
  for (xmlAttrPtr attribute = node->properties; attribute; attribute = attribute->next) attributes++;
  lnm_put_u32(buffer, attributes);
  for (xmlAttrPtr attribute = node->properties; attribute; attribute = attribute->next) {
    lnm_put_string(buffer, attribute->name);
    xmlChar *value = xmlNodeListGetString(node->doc, attribute->children, 1);
    lnm_put_string(buffer, value);
    if (value) xmlFree(value);
  }
}

/// Writes `root` and everything under it, depth-first, without recursion (pages nest deeply).
static void lnm_put_tree(lnm_buffer *buffer, xmlNodePtr root) {
  xmlNodePtr node = root;
  while (node && !buffer->failed) {
    int descend = 0;
    switch (node->type) {
      case XML_ELEMENT_NODE:
        lnm_put_open(buffer, node);
        descend = node->children != NULL;
        if (!descend) lnm_put_kind(buffer, LNM_HTML_CLOSE);
        break;
      case XML_TEXT_NODE:
      case XML_CDATA_SECTION_NODE:
        if (node->content && node->content[0]) {
          lnm_put_kind(buffer, LNM_HTML_TEXT);
          lnm_put_string(buffer, node->content);
        }
        break;
      default:
        break;
    }
    if (descend) {
      node = node->children;
      continue;
    }
    // Up until a next sibling, closing the elements left.
    while (node && node != root && !node->next) {
      node = node->parent;
      if (node && node->type == XML_ELEMENT_NODE) lnm_put_kind(buffer, LNM_HTML_CLOSE);
    }
    if (!node || node == root) break;
    node = node->next;
  }
}

static pthread_once_t lnm_once = PTHREAD_ONCE_INIT;
static void lnm_initialize(void) { xmlInitParser(); }

int32_t lnm_html_parse(const uint8_t *bytes, size_t count, const char *encoding, uint8_t **stream,
                       size_t *stream_count) {
  pthread_once(&lnm_once, lnm_initialize);
  *stream = NULL;
  *stream_count = 0;
  if (count > INT32_MAX) return -1;
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE;
  if (encoding) {
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(encoding);
    if (handler) {
      xmlCharEncCloseFunc(handler);
      // The caller already chose the encoding: a <meta> must not switch it again.
      options |= HTML_PARSE_IGNORE_ENC;
    } else {
      encoding = NULL;
    }
  }
  htmlDocPtr document = htmlReadMemory((const char *)bytes, (int)count, NULL, encoding, options);
  if (!document) return -1;
  lnm_buffer buffer = {0};
  xmlNodePtr root = xmlDocGetRootElement(document);
  if (root) {
    // Everything at the top level: stray text before <html> is kept too.
    for (xmlNodePtr top = document->children; top; top = top->next) lnm_put_tree(&buffer, top);
  }
  xmlFreeDoc(document);
  if (buffer.failed) {
    free(buffer.bytes);
    return -1;
  }
  *stream = buffer.bytes;
  *stream_count = buffer.count;
  return 0;
}

void lnm_html_free(uint8_t *stream) { free(stream); }
