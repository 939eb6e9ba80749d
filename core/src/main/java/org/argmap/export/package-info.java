/** Writers of the loaded corpus: the documented JSON form. */
package org.argmap.export;
