/**
 * The outputs as tables for their readers: each output read with its contract schema and column
 * descriptions ({@link org.engagementsignals.catalog.OutputTables}), registered as SQL views, and
 * described in a data dictionary and a Frictionless {@code datapackage.json}.
 */
package org.engagementsignals.catalog;
