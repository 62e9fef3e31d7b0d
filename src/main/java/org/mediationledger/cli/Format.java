package org.mediationledger.cli;

/** How a reading command prints: a table for people, CSV for spreadsheets, JSON with stable English keys for scripts. */
enum Format { table, csv, json }
