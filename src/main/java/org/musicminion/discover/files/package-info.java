/**
 * Files in the data dir that need care, usable by {@code auth}, {@code store} and {@code cli}
 * (it depends on nothing of ours but the root): the start-up check of the data dir
 * ({@link org.musicminion.discover.files.DataDir}), the one lock-file helper
 * ({@link org.musicminion.discover.files.LockFile}) and owner-only files
 * ({@link org.musicminion.discover.files.OwnerOnly}). No path here is followed through a
 * symbolic link where a link could redirect a write.
 */
package org.musicminion.discover.files;
