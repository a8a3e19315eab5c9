#ifndef GAUNTLET_CLIBXML2_SHIM_H
#define GAUNTLET_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU; its headers then pull in ICU types that clash
// with Foundation's copy ("'UErrorCode' has different definitions"). We never use
// libxml2's ICU encoders, so switch them off before the other headers see the flag.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/parserInternals.h>

// xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void gauntlet_xml_free(void *p) { xmlFree(p); }

#endif
