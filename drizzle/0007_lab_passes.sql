CREATE TABLE `lab_passes` (
	`sandbox` varchar(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '-',
	`exercise_id` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	`passed_at` datetime(3) NOT NULL,
	CONSTRAINT `lab_passes_sandbox_exercise_id_pk` PRIMARY KEY(`sandbox`,`exercise_id`)
);
