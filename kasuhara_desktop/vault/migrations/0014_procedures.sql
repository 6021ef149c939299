-- Schema v14: reserved for procedures (issue 16/17); its helper fills this file in. No change yet.
SELECT 1;
