/**
 * The output contract: row schemas (one {@code StructType} per Parquet output), output paths, and
 * the vocabularies that appear in outputs (sources, quarantine reasons). See DESIGN.md "Output
 * contract"; golden copies of the schemas live under {@code src/test/resources/contract/}.
 */
package org.engagementsignals.contract;
