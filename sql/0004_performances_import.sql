-- Speed of the staff import (issue 4 benchmark): an index and a faster check.

-- Imports and reports find a contract's assignments; without this index each lookup
-- scanned the whole table (the staff import was quadratic in the number of people).
CREATE INDEX assignments_contract_idx ON assignments (contract_id);

-- The same Luhn check, as a loop: the array-based SQL version cost about 20 µs a row,
-- which dominated the insertion of thousands of people.
CREATE OR REPLACE FUNCTION luhn_is_valid(digits text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    total int := 0;
    digit int;
    size int := length(digits);
BEGIN
    IF digits !~ '^[0-9]+$' THEN
        RETURN false;
    END IF;
    FOR position IN 1..size LOOP
        digit := ascii(substr(digits, size - position + 1, 1)) - 48;
        IF position % 2 = 0 THEN
            digit := digit * 2;
            IF digit > 9 THEN
                digit := digit - 9;
            END IF;
        END IF;
        total := total + digit;
    END LOOP;
    RETURN total % 10 = 0;
END $$;
