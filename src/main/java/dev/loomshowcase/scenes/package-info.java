/**
 * The scenes, one package each, and their one registry ({@link dev.loomshowcase.scenes.SceneRegistry}).
 * Each scene's package holds its whole story: the seed file (runnable alone, at most 150 lines), its
 * workload(s) and async twin, its scenario (plan, hypothesis, notes, judgement); its tests mirror it.
 * The seed files, in the order a talk shows them:
 * <ol>
 *   <li>{@link dev.loomshowcase.scenes.fetchall.FetchAll}: three waiting calls; concurrency helps even on one carrier;</li>
 *   <li>{@link dev.loomshowcase.scenes.calculateall.CalculateAll}: three fib(n); concurrency alone does not help CPU work;</li>
 *   <li>{@link dev.loomshowcase.scenes.sum.SumSplit}: the seed's exercise 2, a sum whole or split, on 1 and on N carriers;</li>
 *   <li>{@link dev.loomshowcase.scenes.payments.Payments}: 1000 signatures on 2 cores, unbounded and bounded;</li>
 *   <li>{@link dev.loomshowcase.scenes.coffeeshop.CoffeeShop}: one barista and three machines, then three baristas;</li>
 *   <li>{@link dev.loomshowcase.scenes.timeline.Timeline}: four tasks on two cores, two in parallel at any moment.</li>
 * </ol>
 * Each seed file reads top to bottom: the Go original, the hypothesis (one constant, which the scenario prints),
 * the tasks as plain methods, each variant written out (sequential, {@code StructuredTaskScope},
 * {@code Executors.newFixedThreadPool(n)}, a thread per task, and a semaphore where the seed bounds), and a
 * {@code main} whose first comment gives its VM options. The workloads call these same methods, so the code
 * shown is the code measured. A seed file depends on the JDK, the downstream client and, in its main, the
 * embedded stubs; never on the engine, the CLI or the reports. No shared package imports a scene.
 */
package dev.loomshowcase.scenes;
