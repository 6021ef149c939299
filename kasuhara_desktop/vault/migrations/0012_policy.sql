-- Schema v12: reserved for policy (issue 16/17); its helper fills this file in. No change yet.
SELECT 1;
