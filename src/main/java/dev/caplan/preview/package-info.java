/**
 * The live preview of a memo: {@code caplan serve} and {@code caplan render --watch}. A watcher
 * (the JDK's {@code WatchService}) on the memo and its model's folder tree renders the memo again
 * after each burst of changes, through the memo package's live render, which reads only the files
 * that changed; an HTTP server (the JDK's {@code com.sun.net.httpserver}, on the loopback address
 * unless asked otherwise) serves the page and tells open pages, by server-sent events, to reload.
 */
package dev.caplan.preview;
