/** Test support: golden-file comparison and in-process command-line runs. */
package dev.caplan.testing;
