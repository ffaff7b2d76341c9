"""The seller's Seller Central reports: FBA Reimbursements, the Inventory Ledger (detailed
view), shipment items and FBA customer returns, read locally into the rows the checked cases
ask about (``index.read_reports``), and the claim held against them (``claims``).

``columns`` knows each report by its header row; ``decoding`` turns bytes into text;
``reading`` streams one file; ``rows`` are the values kept; ``wanted`` the IDs asked about.
"""
