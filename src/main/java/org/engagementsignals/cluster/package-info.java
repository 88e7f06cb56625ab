/**
 * Running the job on a Spark cluster and proving it: what a driver started by the job itself sets
 * to reach a standalone master ({@link org.engagementsignals.cluster.StandaloneConnection}), the
 * executors and retried tasks a run saw ({@link org.engagementsignals.cluster.ExecutorActivity}),
 * and {@code jobs/cluster-smoke}, which starts a standalone cluster on loopback, runs the month on
 * it and on {@code local[2]}, and compares every output table ({@link
 * org.engagementsignals.cluster.ClusterSmoke}).
 */
package org.engagementsignals.cluster;
