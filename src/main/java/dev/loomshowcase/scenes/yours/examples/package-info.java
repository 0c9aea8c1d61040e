/**
 * Tasks to try {@code scripts/showcase yours} on at once, one per answer it can give. Each is written
 * as a person's own code would be: it imports nothing from the showcase.
 * {@snippet lang=sh :
 * scripts/showcase yours --quick --with-stubs --class dev.loomshowcase.scenes.yours.examples.StubCall        # I/O-bound
 * scripts/showcase yours --quick --class dev.loomshowcase.scenes.yours.examples.Hashing                      # CPU-bound
 * scripts/showcase yours --quick --class dev.loomshowcase.scenes.yours.examples.ContendedLock                # coordination-bound
 * scripts/showcase yours --quick --class dev.loomshowcase.scenes.yours.examples.NativeCallback               # pins its carrier
 * }
 */
package dev.loomshowcase.scenes.yours.examples;
