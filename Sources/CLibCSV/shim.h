#ifndef LEADRECON_CLIBCSV_SHIM_H
#define LEADRECON_CLIBCSV_SHIM_H
#include <csv.h>
#endif
