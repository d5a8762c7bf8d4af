-- How each document is printed (src/core/publications/): for the print shop (bleed, crop
-- marks, TrimBox and BleedBox) and in large print (body text of 12 pt or more). NULL is
-- off, the default.
ALTER TABLE document ADD COLUMN for_print INTEGER CHECK (for_print IN (0, 1));
ALTER TABLE document ADD COLUMN large_print INTEGER CHECK (large_print IN (0, 1));
