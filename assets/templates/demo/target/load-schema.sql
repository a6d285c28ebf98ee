-- PAS-style LOAD schema: the staging tables a receiving EPR imports from.
-- Codes follow the NHS Data Dictionary (person stated gender, ethnic category,
-- marital status, admission method, attended or did not attend).

CREATE TABLE LOAD_PATIENT (
  patient_id        VARCHAR(12)  NOT NULL PRIMARY KEY,
  nhs_number        VARCHAR(10),
  title             VARCHAR(10),
  given_name        VARCHAR(60)  NOT NULL,
  family_name       VARCHAR(60)  NOT NULL,
  birth_date        DATE         NOT NULL,
  death_date        DATE,
  sex_code          VARCHAR(1)   NOT NULL,
  ethnic_category   VARCHAR(2),
  marital_status    VARCHAR(1),
  religion          VARCHAR(30),
  address_line1     VARCHAR(100),
  town              VARCHAR(60),
  postcode          VARCHAR(8),
  phone             VARCHAR(20),
  gp_practice_code  VARCHAR(6),
  registered_date   DATE,
  source_system     VARCHAR(20)  NOT NULL
);

CREATE TABLE LOAD_ADMISSION (
  admission_id      VARCHAR(12)  NOT NULL PRIMARY KEY,
  patient_id        VARCHAR(12)  NOT NULL REFERENCES LOAD_PATIENT (patient_id),
  admission_date    DATE         NOT NULL,
  admission_time    VARCHAR(5),
  discharge_date    DATE,
  admission_method  VARCHAR(2)   NOT NULL,
  specialty_code    VARCHAR(3),
  ward_code         VARCHAR(10),
  consultant_code   VARCHAR(8),
  length_of_stay    INTEGER
);

CREATE TABLE LOAD_OUTPATIENT (
  appointment_id    VARCHAR(12)  NOT NULL PRIMARY KEY,
  patient_id        VARCHAR(12)  NOT NULL REFERENCES LOAD_PATIENT (patient_id),
  clinic_code       VARCHAR(10),
  appointment_date  DATE         NOT NULL,
  appointment_time  VARCHAR(5),
  attendance_status VARCHAR(1)   NOT NULL,
  specialty_code    VARCHAR(3)
);

CREATE TABLE LOAD_DIAGNOSIS (
  diagnosis_id      VARCHAR(12)  NOT NULL PRIMARY KEY,
  admission_id      VARCHAR(12)  NOT NULL REFERENCES LOAD_ADMISSION (admission_id),
  patient_id        VARCHAR(12)  NOT NULL REFERENCES LOAD_PATIENT (patient_id),
  icd10_code        VARCHAR(6)   NOT NULL,
  diagnosis_sequence INTEGER     NOT NULL,
  recorded_date     DATE
);
