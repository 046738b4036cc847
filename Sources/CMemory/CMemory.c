// CMemory is a header of inline functions (include/CMemory.h); a C target needs a source file.
#include "CMemory.h"
