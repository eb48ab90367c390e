/** Test support: golden-file comparison, in-process command-line runs, the heap after GC. */
package dev.caplan.testing;
