/**
 * Typed settings: {@code reference.conf} defaults, user overrides, bound once into records and
 * validated before Spark starts. No other package reads {@code Config} directly.
 */
package org.engagementsignals.config;
