/**
 * User mistakes as data: {@link org.argmap.diag.Diagnostic} values with a location, a stable
 * code and an optional hint. Only the I/O layer prints them and chooses exit codes.
 */
package org.argmap.diag;
